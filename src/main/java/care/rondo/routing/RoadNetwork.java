package care.rondo.routing;

import care.rondo.planning.PlanningTravelMode;
import com.carrotsearch.hppc.IntDoubleHashMap;
import com.carrotsearch.hppc.IntHashSet;
import com.carrotsearch.hppc.IntLongHashMap;
import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.GraphHopper;
import com.graphhopper.ResponsePath;
import com.graphhopper.routing.ev.Subnetwork;
import com.graphhopper.routing.querygraph.QueryGraph;
import com.graphhopper.routing.util.DefaultSnapFilter;
import com.graphhopper.routing.util.EdgeFilter;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.EdgeExplorer;
import com.graphhopper.util.EdgeIterator;
import com.graphhopper.util.PMap;
import com.graphhopper.util.PointList;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * An OpenStreetMap extract as a GraphHopper road graph with a profile per travel mode: travel times between
 * points (one-to-many Dijkstra on the snapped points, in parallel over the sources) and the geometry of a leg.
 * The graph is imported once into a folder named after the extract and loaded from there at later starts.
 * Plain Java: the service wraps it with configuration, caching and readiness.
 */
public final class RoadNetwork implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RoadNetwork.class);

    /** Searches stop beyond this travel time: no nurse rides two hours between visits. */
    static final long MAX_SEARCH_MILLIS = 2 * 3600_000L;
    public static final long UNREACHABLE = -1;

    /** A place in degrees (WGS84). */
    public record Point(double latitude, double longitude) {
        /** Micro-degrees of both coordinates in one number: the key of the travel-time cache. */
        public long key() {
            long lat = Math.round(latitude * 1e6);
            long lon = Math.round(longitude * 1e6);
            return (lat << 32) | (lon & 0xffffffffL);
        }
    }

    /** The road path of one leg: its points in order, travel seconds and metres. */
    public record Leg(List<double[]> points, long seconds, double meters) {
    }

    private final GraphHopper hopper;
    private final String version;
    private final double maxSnapMeters;
    private final ForkJoinPool pool;

    private RoadNetwork(GraphHopper hopper, String version, double maxSnapMeters, int threads) {
        this.hopper = hopper;
        this.version = version;
        this.maxSnapMeters = maxSnapMeters;
        this.pool = new ForkJoinPool(threads);
    }

    /**
     * Imports the extract into {@code cacheRoot/<extract>-<size>-<modified>} unless a graph is already there, then
     * loads it. Importing takes seconds for a small country and tens of minutes for the Netherlands.
     */
    public static RoadNetwork load(Path osmFile, Path cacheRoot, double maxSnapMeters, int threads) throws IOException {
        if (!Files.isReadable(osmFile)) {
            throw new IOException("OpenStreetMap extract not readable: " + osmFile.toAbsolutePath());
        }
        String name = osmFile.getFileName().toString().replaceFirst("\\.osm(\\.pbf)?$", "")
                .replaceAll("[^A-Za-z0-9._-]", "_");
        String stamp = Files.size(osmFile) + "-" + Files.getLastModifiedTime(osmFile).toMillis();
        Path graphDir = cacheRoot.resolve(name + "-" + stamp + "-" + RoadProfiles.VERSION);
        Files.createDirectories(graphDir);
        GraphHopper hopper = new GraphHopper();
        hopper.setOSMFile(osmFile.toAbsolutePath().toString());
        hopper.setGraphHopperLocation(graphDir.toAbsolutePath().toString());
        hopper.setEncodedValuesString(RoadProfiles.ENCODED_VALUES);
        hopper.setProfiles(RoadProfiles.all());
        long started = System.nanoTime();
        hopper.importOrLoad();
        String dataDate = hopper.getProperties().get("datareader.data.date");
        LOG.infof("Road graph of %s ready in %.1f s (%d nodes, map data of %s) in %s", osmFile.getFileName(),
                (System.nanoTime() - started) / 1e9, hopper.getBaseGraph().getNodes(),
                dataDate == null || dataDate.isBlank() ? "unknown date" : dataDate, graphDir);
        // the snap distance decides which pairs are unreachable, so cached answers depend on it too
        String version = name + "@" + (dataDate == null ? "" : dataDate) + "#" + Files.size(osmFile) + "/"
                + RoadProfiles.VERSION + "/snap" + Math.round(maxSnapMeters);
        return new RoadNetwork(hopper, version.length() > 200 ? version.substring(0, 200) : version, maxSnapMeters,
                threads);
    }

    /** The map's extent: minimum and maximum latitude, minimum and maximum longitude. */
    public double[] bounds() {
        var b = hopper.getBaseGraph().getBounds();
        return new double[] {b.minLat, b.maxLat, b.minLon, b.maxLon};
    }

    /** Names the map and the profiles: cached travel times are reused only for the same version. */
    public String version() {
        return version;
    }

    public double maxSnapMeters() {
        return maxSnapMeters;
    }

    /**
     * Distance in metres from each point to the road network usable by the mode (its large connected part:
     * GraphHopper drops small islands when importing), or {@code NaN} where none is near.
     */
    public double[] snapMeters(PlanningTravelMode mode, List<Point> points) {
        Weighting weighting = weighting(mode);
        EdgeFilter filter = snapFilter(mode, weighting);
        return points.stream().mapToDouble(p -> {
            Snap snap = hopper.getLocationIndex().findClosest(p.latitude(), p.longitude(), filter);
            return snap.isValid() ? snap.getQueryDistance() : Double.NaN;
        }).toArray();
    }

    /**
     * Travel seconds from each source to every point ({@code backward}: from every point to each source), one row
     * per source; {@link #UNREACHABLE} where a point lies further than the snap distance from the road or no road
     * leads there within two hours.
     */
    public long[][] rows(PlanningTravelMode mode, List<Point> points, int[] sources, boolean backward) {
        int chunks = Math.max(1, Math.min(sources.length, pool.getParallelism() * 2));
        long[][] rows = new long[sources.length][];
        pool.submit(() -> IntStream.range(0, chunks).parallel().forEach(chunk -> {
            Search search = new Search(mode, points, backward);
            for (int i = chunk; i < sources.length; i += chunks) {
                rows[i] = search.from(sources[i]);
            }
        })).join();
        return rows;
    }

    /** The whole matrix: seconds from every point to every other. */
    public long[][] matrix(PlanningTravelMode mode, List<Point> points) {
        return rows(mode, points, IntStream.range(0, points.size()).toArray(), false);
    }

    /**
     * The road path of one leg as GraphHopper routes it; empty when the map has no way between them or an end lies
     * further than the snap distance from a usable road (as in the matrices).
     */
    public Optional<Leg> leg(PlanningTravelMode mode, Point from, Point to) {
        if (Arrays.stream(snapMeters(mode, List.of(from, to))).anyMatch(m -> !(m <= maxSnapMeters))) {
            return Optional.empty();
        }
        GHResponse response = hopper.route(new GHRequest(from.latitude(), from.longitude(), to.latitude(),
                to.longitude()).setProfile(RoadProfiles.name(mode)));
        if (response.hasErrors()) {
            return Optional.empty();
        }
        ResponsePath path = response.getBest();
        PointList points = path.getPoints();
        List<double[]> coordinates = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            coordinates.add(new double[] {points.getLat(i), points.getLon(i)});
        }
        return Optional.of(new Leg(coordinates, Math.round(path.getTime() / 1000.0), path.getDistance()));
    }

    @Override
    public void close() {
        pool.shutdownNow();
        hopper.close();
    }

    private Weighting weighting(PlanningTravelMode mode) {
        return hopper.createWeighting(hopper.getProfile(RoadProfiles.name(mode)), new PMap());
    }

    private EdgeFilter snapFilter(PlanningTravelMode mode, Weighting weighting) {
        return new DefaultSnapFilter(weighting, hopper.getEncodingManager()
                .getBooleanEncodedValue(Subnetwork.key(RoadProfiles.name(mode))));
    }

    /** One worker's snapped points and query graph; Dijkstra from one point at a time. */
    private final class Search {
        private final boolean backward;
        private final int[] nodes;
        private final IntHashSet targets = new IntHashSet();
        private final Weighting weighting;
        private final EdgeExplorer explorer;

        Search(PlanningTravelMode mode, List<Point> points, boolean backward) {
            this.backward = backward;
            Weighting base = weighting(mode);
            EdgeFilter filter = snapFilter(mode, base);
            List<Snap> snaps = new ArrayList<>();
            List<Integer> snapped = new ArrayList<>();
            for (int i = 0; i < points.size(); i++) {
                Snap snap = hopper.getLocationIndex().findClosest(points.get(i).latitude(), points.get(i).longitude(),
                        filter);
                if (snap.isValid() && snap.getQueryDistance() <= maxSnapMeters) {
                    snaps.add(snap);
                    snapped.add(i);
                }
            }
            QueryGraph graph = QueryGraph.create(hopper.getBaseGraph(), snaps);
            nodes = new int[points.size()];
            Arrays.fill(nodes, -1);
            for (int s = 0; s < snaps.size(); s++) {
                nodes[snapped.get(s)] = snaps.get(s).getClosestNode();
                targets.add(nodes[snapped.get(s)]);
            }
            weighting = graph.wrapWeighting(base);
            explorer = graph.createEdgeExplorer(edge -> true);
        }

        long[] from(int source) {
            long[] row = new long[nodes.length];
            Arrays.fill(row, UNREACHABLE);
            if (nodes[source] < 0) {
                return row;
            }
            IntLongHashMap millis = dijkstra(nodes[source]);
            for (int i = 0; i < nodes.length; i++) {
                if (nodes[i] >= 0 && millis.containsKey(nodes[i])) {
                    row[i] = Math.round(millis.get(nodes[i]) / 1000.0);
                }
            }
            return row;
        }

        private record Entry(int node, double weight) {
        }

        /** Least-weight paths (the profile's own routing weight) until every target is settled; their times. */
        private IntLongHashMap dijkstra(int start) {
            IntDoubleHashMap weights = new IntDoubleHashMap();
            IntLongHashMap millis = new IntLongHashMap();
            IntLongHashMap settledMillis = new IntLongHashMap();
            PriorityQueue<Entry> queue = new PriorityQueue<>((a, b) -> Double.compare(a.weight, b.weight));
            weights.put(start, 0);
            millis.put(start, 0);
            queue.add(new Entry(start, 0));
            int remaining = targets.size();
            while (!queue.isEmpty() && remaining > 0) {
                Entry entry = queue.poll();
                if (settledMillis.containsKey(entry.node) || entry.weight > weights.get(entry.node)) {
                    continue;
                }
                long at = millis.get(entry.node);
                settledMillis.put(entry.node, at);
                if (targets.contains(entry.node)) {
                    remaining--;
                }
                if (at > MAX_SEARCH_MILLIS) {
                    continue;
                }
                EdgeIterator edge = explorer.setBaseNode(entry.node);
                while (edge.next()) {
                    int next = edge.getAdjNode();
                    if (settledMillis.containsKey(next)) {
                        continue;
                    }
                    double weight = weighting.calcEdgeWeight(edge, backward);
                    if (Double.isInfinite(weight)) {
                        continue;
                    }
                    double total = entry.weight + weight;
                    if (!weights.containsKey(next) || total < weights.get(next)) {
                        weights.put(next, total);
                        millis.put(next, at + weighting.calcEdgeMillis(edge, backward));
                        queue.add(new Entry(next, total));
                    }
                }
            }
            return settledMillis;
        }
    }
}
