package care.rondo.bench;

import care.rondo.planning.PlanningTravelMode;
import care.rondo.routing.RoadNetwork;
import care.rondo.routing.RoadNetwork.Point;
import care.rondo.routing.RoadTravelTimes;
import care.rondo.routing.TravelTimeCache;
import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * {@code bench roads MAP.osm.pbf --locations N}: imports the extract into a fresh temporary graph folder, picks N
 * random points within 50 m of a road usable by every mode, computes the matrices of all modes (stored in a
 * scratch embedded PostgreSQL as the service stores them, through a connection pool as the service's) and reads them
 * back from that cache.
 */
final class RoadsBench {

    private static final double MAX_SNAP_FOR_SAMPLES = 50;

    private RoadsBench() {
    }

    static int run(BenchArgs args, BenchOutput out) throws Exception {
        Path osm = Path.of(args.target());
        int count = Integer.parseInt(args.options().getOrDefault("locations", "100"));
        long seed = Long.parseLong(args.options().getOrDefault("seed", "1"));
        int threads = Runtime.getRuntime().availableProcessors();
        Path scratch = Files.createTempDirectory("rondo-bench-roads");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(scratch.resolve("db"))
                .setCleanDataDirectory(true).start()) {
            Flyway.configure().dataSource(postgres.getPostgresDatabase()).locations("classpath:db/migration").load()
                    .migrate();
            long start = System.nanoTime();
            try (AgroalDataSource pool = pool(postgres.getJdbcUrl("postgres", "postgres"));
                 RoadNetwork network = RoadNetwork.load(osm, scratch.resolve("graph"), 300, threads)) {
                double buildSeconds = seconds(start);
                out.line("graph of %s built in %.1f s (%d threads for matrices)", osm.getFileName(), buildSeconds,
                        threads);
                List<Point> points = samples(network, count, new Random(seed));
                // a pool, as the service's Agroal: the embedded server's own data source opens a new backend
                // (a forked process) for every connection, which the service never pays per matrix
                TravelTimeCache cache = new TravelTimeCache(pool);
                // one instance, as the service keeps one: its recent matrices stay in memory
                RoadTravelTimes roads = new RoadTravelTimes(network, cache);
                start = System.nanoTime();
                int unreachable = 0;
                for (PlanningTravelMode mode : PlanningTravelMode.values()) {
                    long modeStart = System.nanoTime();
                    RoadTravelTimes.Matrix matrix = roads.matrix(mode, points);
                    long missing = Arrays.stream(matrix.seconds()).flatMapToLong(Arrays::stream).filter(s -> s < 0).count();
                    unreachable += matrix.unreachable().size();
                    out.line("%-6s %d x %d searched and stored in %.2f s; %d pairs without a way within 2 h",
                            mode, points.size(), points.size(), seconds(modeStart), missing);
                }
                double matrixSeconds = seconds(start);
                start = System.nanoTime();
                for (PlanningTravelMode mode : PlanningTravelMode.values()) {
                    RoadTravelTimes.Matrix matrix = new RoadTravelTimes(network, cache).matrix(mode, points);
                    if (matrix.searched() > 0) {
                        throw new IllegalStateException(mode + ": the cache missed " + matrix.searched() + " rows");
                    }
                }
                double cachedSeconds = seconds(start);
                out.line("read back from PostgreSQL (a new instance, as after a restart) in %.3f s (%.0fx faster); "
                        + "%d points unreachable for some mode", cachedSeconds, matrixSeconds / cachedSeconds,
                        unreachable);
                // the same read once more: what a warm JVM pays after a restart (the first pass also warms up the code)
                start = System.nanoTime();
                for (PlanningTravelMode mode : PlanningTravelMode.values()) {
                    new RoadTravelTimes(network, cache).matrix(mode, points);
                }
                double warmSeconds = seconds(start);
                out.line("read back from PostgreSQL once more in %.3f s (%.0fx faster)", warmSeconds,
                        matrixSeconds / warmSeconds);
                start = System.nanoTime();
                for (PlanningTravelMode mode : PlanningTravelMode.values()) {
                    if (roads.matrix(mode, points).searched() > 0) {
                        throw new IllegalStateException(mode + ": the matrix was searched again");
                    }
                }
                double memorySeconds = seconds(start);
                out.line("read again from the same instance (recent matrices in memory) in %.4f s (%.0fx faster)",
                        memorySeconds, matrixSeconds / memorySeconds);
                out.line("RESULT locations=%d modes=%d graph_build_s=%.1f matrix_s=%.2f cached_s=%.3f heap_mb=%d "
                        + "memory_s=%.4f", points.size(), PlanningTravelMode.values().length, buildSeconds, matrixSeconds,
                        cachedSeconds, SolveRun.peakHeapMb(), memorySeconds);
            }
        } finally {
            try (Stream<Path> files = Files.walk(scratch)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return 0;
    }

    private static AgroalDataSource pool(String url) throws SQLException {
        return AgroalDataSource.from(new AgroalDataSourceConfigurationSupplier().connectionPoolConfiguration(pool -> pool
                .maxSize(4).connectionFactoryConfiguration(factory -> factory.jdbcUrl(url)
                        .principal(new NamePrincipal("postgres")))));
    }

    /** Random points of the map's extent that lie within 50 m of a road every travel mode may use. */
    static List<Point> samples(RoadNetwork network, int count, Random random) {
        double[] bounds = network.bounds();
        List<Point> points = new ArrayList<>();
        for (int tries = 0; points.size() < count && tries < count * 1000; tries++) {
            Point p = new Point(bounds[0] + random.nextDouble() * (bounds[1] - bounds[0]),
                    bounds[2] + random.nextDouble() * (bounds[3] - bounds[2]));
            boolean near = Arrays.stream(PlanningTravelMode.values()).allMatch(m -> {
                double snap = network.snapMeters(m, List.of(p))[0];
                return snap <= MAX_SNAP_FOR_SAMPLES;
            });
            if (near) {
                points.add(p);
            }
        }
        return points;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
