package care.rondo.routing;

import care.rondo.routing.RoadNetwork.Point;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** The Liechtenstein extract of src/test/resources/maps, imported once per test JVM into target/graphs. */
public final class LiechtensteinMap {

    public static final Path OSM_FILE = Path.of("src/test/resources/maps/liechtenstein-2015.osm.pbf");
    public static final Path GRAPH_CACHE = Path.of("target/graphs");

    /** Village centres along the valley, north to south, and one up in the mountains. */
    public static final Point ESCHEN = new Point(47.2108, 9.5222);
    public static final Point SCHAAN = new Point(47.1653, 9.5096);
    public static final Point VADUZ = new Point(47.1399, 9.5221);
    public static final Point TRIESEN = new Point(47.1066, 9.5275);
    public static final Point BALZERS = new Point(47.0664, 9.5033);
    public static final Point MALBUN = new Point(47.1016, 9.6093);
    public static final List<Point> VILLAGES = List.of(ESCHEN, SCHAAN, VADUZ, TRIESEN, BALZERS, MALBUN);

    /** Across the Rhine in Switzerland, which the extract does not cover: kilometres from any road of the map. */
    public static final Point OFF_THE_MAP = new Point(47.1500, 9.3000);

    private static RoadNetwork network;

    private LiechtensteinMap() {
    }

    public static synchronized RoadNetwork network() {
        if (network == null) {
            try {
                network = RoadNetwork.load(OSM_FILE, GRAPH_CACHE, 300, 2);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return network;
    }
}
