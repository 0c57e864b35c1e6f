package care.rondo.routing;

import care.rondo.planning.PlanningTravelMode;
import care.rondo.routing.RoadNetwork.Point;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Travel-time matrices from the road network, through two caches: the matrices asked for lately are kept in memory
 * by mode and coordinates (a team's solve, board, KPIs and explanations all ask for the same one); otherwise known
 * pairs are read from PostgreSQL, only the missing ones are searched (forward from the rows that miss some, or
 * backward from the columns, whichever are fewer), and what was searched is stored for the next solve.
 */
public final class RoadTravelTimes {

    private static final long UNKNOWN = -2;
    /** Matrices kept in memory, in cells (8 bytes each): 32 MB, e.g. five teams of 300 places in four modes. */
    static final long MEMORY_CELLS = 4_000_000;

    private final RoadNetwork network;
    private final TravelTimeCache cache;
    private final RecentMatrices recent = new RecentMatrices(MEMORY_CELLS);

    /** @param cache null to search every time (benchmarks measuring the search itself) */
    public RoadTravelTimes(RoadNetwork network, TravelTimeCache cache) {
        this.network = network;
        this.cache = cache;
    }

    /** Why the map cannot take a nurse to a place. */
    public enum Reason {
        /** no road the mode may use anywhere near (outside the extract, or only motorways for a bike) */
        NO_ROAD_NEAR,
        /** the nearest usable road is further than the snap distance ({@code RONDO_MAX_SNAP_METERS}) */
        TOO_FAR_FROM_ROAD,
        /** near a road, but that road does not connect with the roads of most other places (an island, a gated area) */
        CUT_OFF
    }

    /** A place the map cannot reach: its index among the points, why, and how far its nearest usable road is. */
    public record Unreachable(int index, Reason reason, double snapMeters) {
    }

    /**
     * @param seconds     travel seconds from row to column, {@link RoadNetwork#UNREACHABLE} where the map has no way
     * @param unreachable indices of points the map cannot connect with most of the others (off the network, too far
     *                    from a road, on an island)
     * @param searched    how many rows or columns had to be searched (0 when everything came from the cache)
     */
    public record Matrix(long[][] seconds, List<Integer> unreachable, int searched) {
    }

    public RoadNetwork network() {
        return network;
    }

    /**
     * The matrix of travel seconds between the points (row: from, column: to). Callers must not change the arrays:
     * the same matrix is handed to every caller asking for the same points while it stays in memory.
     */
    public Matrix matrix(PlanningTravelMode mode, List<Point> points) {
        RecentMatrices.Key key = RecentMatrices.key(mode, points);
        Matrix known = recent.get(key);
        if (known != null) {
            return new Matrix(known.seconds(), known.unreachable(), 0);
        }
        Matrix matrix = readOrSearch(mode, points);
        recent.put(key, matrix);
        return matrix;
    }

    /**
     * The places the map cannot reach for this mode, each with its reason: off the network (no usable road within
     * the snap distance), or cut off from the roads most other places are on.
     */
    public List<Unreachable> unreachable(PlanningTravelMode mode, List<Point> points) {
        double[] snap = network.snapMeters(mode, points);
        List<Unreachable> found = new ArrayList<>();
        List<Integer> onRoads = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            if (Double.isNaN(snap[i])) {
                found.add(new Unreachable(i, Reason.NO_ROAD_NEAR, snap[i]));
            } else if (snap[i] > network.maxSnapMeters()) {
                found.add(new Unreachable(i, Reason.TOO_FAR_FROM_ROAD, snap[i]));
            } else {
                onRoads.add(i);
            }
        }
        // connectivity among the places that are on a road only: those off it would outvote the rest
        long[][] seconds = matrix(mode, points).seconds();
        long[][] among = new long[onRoads.size()][onRoads.size()];
        for (int a = 0; a < onRoads.size(); a++) {
            for (int b = 0; b < onRoads.size(); b++) {
                among[a][b] = seconds[onRoads.get(a)][onRoads.get(b)];
            }
        }
        for (int a : unreachable(among)) {
            int i = onRoads.get(a);
            found.add(new Unreachable(i, Reason.CUT_OFF, snap[i]));
        }
        found.sort(Comparator.comparingInt(Unreachable::index));
        return found;
    }

    private Matrix readOrSearch(PlanningTravelMode mode, List<Point> points) {
        int n = points.size();
        long[][] seconds = new long[n][n];
        for (long[] row : seconds) {
            Arrays.fill(row, UNKNOWN);
        }
        for (int i = 0; i < n; i++) {
            seconds[i][i] = 0;
        }
        if (cache != null) {
            cache.read(network.version(), mode, points, seconds);
        }
        int[] rows = IntStream.range(0, n).filter(i -> Arrays.stream(seconds[i]).anyMatch(s -> s == UNKNOWN)).toArray();
        int[] columns = IntStream.range(0, n)
                .filter(j -> IntStream.range(0, n).anyMatch(i -> seconds[i][j] == UNKNOWN)).toArray();
        int searched = 0;
        if (rows.length > 0) {
            // new places (nothing cached) need their row and their column; otherwise rows or columns, fewer first
            int[] fresh = IntStream.range(0, n).filter(i -> IntStream.range(0, n)
                    .allMatch(j -> i == j || seconds[i][j] == UNKNOWN && seconds[j][i] == UNKNOWN)).toArray();
            Set<Integer> freshSet = new HashSet<>();
            Arrays.stream(fresh).forEach(freshSet::add);
            boolean onlyFresh = IntStream.range(0, n).allMatch(i -> IntStream.range(0, n)
                    .allMatch(j -> seconds[i][j] != UNKNOWN || freshSet.contains(i) || freshSet.contains(j)));
            List<long[]> found = new ArrayList<>();
            if (onlyFresh && 2 * fresh.length < Math.min(rows.length, columns.length)) {
                searched += search(mode, points, fresh, true, seconds, found);
                searched += search(mode, points, fresh, false, seconds, found);
            } else {
                boolean forward = rows.length <= columns.length;
                searched += search(mode, points, forward ? rows : columns, forward, seconds, found);
            }
            if (cache != null) {
                cache.write(network.version(), mode, found);
            }
        }
        return new Matrix(seconds, unreachable(seconds), searched);
    }

    /** Searches from (or, backward, to) the sources and fills the unknown cells; returns the number of searches. */
    private int search(PlanningTravelMode mode, List<Point> points, int[] sources, boolean forward, long[][] seconds,
                       List<long[]> found) {
        long[][] times = network.rows(mode, points, sources, !forward);
        Set<List<Long>> pairs = new HashSet<>();
        found.forEach(f -> pairs.add(List.of(f[0], f[1])));
        for (int k = 0; k < sources.length; k++) {
            for (int other = 0; other < points.size(); other++) {
                int from = forward ? sources[k] : other;
                int to = forward ? other : sources[k];
                if (seconds[from][to] == UNKNOWN) {
                    seconds[from][to] = times[k][other];
                    if (pairs.add(List.of(points.get(from).key(), points.get(to).key()))) {
                        found.add(new long[] {points.get(from).key(), points.get(to).key(), times[k][other]});
                    }
                }
            }
        }
        return sources.length;
    }

    /** A point is unreachable when it misses more than half of its ways to and from the others. */
    static List<Integer> unreachable(long[][] seconds) {
        int n = seconds.length;
        List<Integer> unreachable = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int missing = 0;
            for (int j = 0; j < n; j++) {
                if (seconds[i][j] < 0) {
                    missing++;
                }
                if (seconds[j][i] < 0) {
                    missing++;
                }
            }
            if (n > 1 && missing > n - 1) {
                unreachable.add(i);
            }
        }
        return unreachable;
    }
}
