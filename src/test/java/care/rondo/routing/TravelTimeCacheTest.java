package care.rondo.routing;

import care.rondo.planning.PlanningTravelMode;
import care.rondo.routing.RoadNetwork.Point;
import care.rondo.testing.Slow;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.ArrayList;
import java.util.List;

import static care.rondo.routing.LiechtensteinMap.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Matrices cached in a real PostgreSQL (V71 rows): known pairs are never searched again, new ones only. */
@Slow
class TravelTimeCacheTest {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void database() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        Flyway.configure().dataSource(postgres.getPostgresDatabase()).locations("classpath:db/migration").load()
                .migrate();
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Test
    void aSecondReadComesFromTheCacheAndANewAddressCostsOneSearch() {
        TravelTimeCache cache = new TravelTimeCache(postgres.getPostgresDatabase());
        List<Point> points = new ArrayList<>(VILLAGES);
        points.add(OFF_THE_MAP);
        RoadTravelTimes.Matrix first = new RoadTravelTimes(network(), cache).matrix(PlanningTravelMode.CAR, points);
        assertThat(first.searched()).isPositive();

        // a new instance, as after a restart: everything from PostgreSQL, the unreachable point included
        RoadTravelTimes.Matrix again = new RoadTravelTimes(network(), cache).matrix(PlanningTravelMode.CAR, points);
        assertThat(again.searched()).isZero();
        assertThat(again.seconds()).isDeepEqualTo(first.seconds());
        assertThat(again.unreachable()).containsExactly(points.size() - 1);

        // another mode is another matrix
        assertThat(new RoadTravelTimes(network(), cache).matrix(PlanningTravelMode.BIKE, points).searched()).isPositive();

        // one new address: a search for its row and one for its column, the rest read
        List<Point> grown = new ArrayList<>(points);
        grown.add(new Point(47.1470, 9.5160));
        RoadTravelTimes.Matrix withNew = new RoadTravelTimes(network(), cache).matrix(PlanningTravelMode.CAR, grown);
        assertThat(withNew.searched()).isEqualTo(2);
        assertThat(withNew.seconds()[0][grown.size() - 1]).isPositive();
        assertThat(withNew.seconds()[grown.size() - 1][0]).isPositive();
        assertThat(withNew.seconds()[2][5]).isEqualTo(first.seconds()[2][5]);
    }

    @Test
    void theSameMatrixAgainComesFromMemoryWithoutAskingPostgres() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        DataSource database = postgres.getPostgresDatabase();
        DataSource counting = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        connections.incrementAndGet();
                    }
                    return method.invoke(database, args);
                });
        RoadTravelTimes roads = new RoadTravelTimes(network(), new TravelTimeCache(counting));
        List<Point> points = List.of(ESCHEN, VADUZ, BALZERS);
        RoadTravelTimes.Matrix first = roads.matrix(PlanningTravelMode.WALK, points);
        int afterFirst = connections.get();
        assertThat(afterFirst).as("read, then store what was searched").isEqualTo(2);

        RoadTravelTimes.Matrix again = roads.matrix(PlanningTravelMode.WALK, List.of(ESCHEN, VADUZ, BALZERS));
        assertThat(connections.get()).as("no round trip for a matrix asked for before").isEqualTo(afterFirst);
        assertThat(again.searched()).isZero();
        assertThat(again.seconds()).isDeepEqualTo(first.seconds());

        // other points, or another order, are another matrix
        roads.matrix(PlanningTravelMode.WALK, List.of(VADUZ, ESCHEN, BALZERS));
        assertThat(connections.get()).isGreaterThan(afterFirst);
    }

    @Test
    void recentMatricesDropTheLeastRecentlyUsedBeyondTheirBudget() {
        RecentMatrices recent = new RecentMatrices(9 + 4);
        RecentMatrices.Key three = RecentMatrices.key(PlanningTravelMode.CAR, List.of(ESCHEN, VADUZ, BALZERS));
        RecentMatrices.Key two = RecentMatrices.key(PlanningTravelMode.CAR, List.of(ESCHEN, VADUZ));
        RecentMatrices.Key otherTwo = RecentMatrices.key(PlanningTravelMode.BIKE, List.of(ESCHEN, VADUZ));
        RoadTravelTimes.Matrix matrix = new RoadTravelTimes.Matrix(new long[0][0], List.of(), 0);
        recent.put(three, matrix);
        recent.put(two, matrix);
        assertThat(recent.get(three)).isSameAs(matrix);
        recent.put(otherTwo, matrix);
        assertThat(recent.get(two)).as("least recently used").isNull();
        assertThat(recent.get(three)).isSameAs(matrix);
        assertThat(recent.get(otherTwo)).isSameAs(matrix);
    }

    @Test
    void pairsStoredBeforeTheRowLayoutAreReadAfterTheMigration() throws Exception {
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().start()) {
            DataSource database = old.getPostgresDatabase();
            Flyway.configure().dataSource(database).locations("classpath:db/migration").target("70").load().migrate();
            Point a = VILLAGES.get(0);
            Point b = VILLAGES.get(1);
            Point c = VILLAGES.get(2);
            try (Connection connection = database.getConnection();
                 PreparedStatement insert = connection.prepareStatement("insert into road_travel_time "
                         + "(map_version, travel_mode, from_point, to_point, seconds) values ('v1', 'CAR', ?, ?, ?)")) {
                long[][] pairs = {{a.key(), b.key(), 300}, {b.key(), a.key(), 420}, {a.key(), c.key(), -1}};
                for (long[] pair : pairs) {
                    insert.setLong(1, pair[0]);
                    insert.setLong(2, pair[1]);
                    insert.setLong(3, pair[2]);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();

            long[][] matrix = new long[3][3];
            int found = new TravelTimeCache(database).read("v1", PlanningTravelMode.CAR, List.of(a, b, c), matrix);
            assertThat(found).isEqualTo(3);
            assertThat(matrix[0][1]).isEqualTo(300);
            assertThat(matrix[1][0]).isEqualTo(420);
            assertThat(matrix[0][2]).isEqualTo(-1);
            assertThat(matrix[2][0]).isZero(); // never stored
        }
    }
}
