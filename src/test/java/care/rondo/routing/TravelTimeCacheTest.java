package care.rondo.routing;

import care.rondo.planning.TravelMode;
import care.rondo.routing.RoadNetwork.Point;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static care.rondo.routing.LiechtensteinMap.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Matrices cached in a real PostgreSQL (the V70 table): known pairs are never searched again, new ones only. */
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
        RoadTravelTimes.Matrix first = new RoadTravelTimes(network(), cache).matrix(TravelMode.CAR, points);
        assertThat(first.searched()).isPositive();

        // a new instance, as after a restart: everything from PostgreSQL, the unreachable point included
        RoadTravelTimes.Matrix again = new RoadTravelTimes(network(), cache).matrix(TravelMode.CAR, points);
        assertThat(again.searched()).isZero();
        assertThat(again.seconds()).isDeepEqualTo(first.seconds());
        assertThat(again.unreachable()).containsExactly(points.size() - 1);

        // another mode is another matrix
        assertThat(new RoadTravelTimes(network(), cache).matrix(TravelMode.BIKE, points).searched()).isPositive();

        // one new address: a search for its row and one for its column, the rest read
        List<Point> grown = new ArrayList<>(points);
        grown.add(new Point(47.1470, 9.5160));
        RoadTravelTimes.Matrix withNew = new RoadTravelTimes(network(), cache).matrix(TravelMode.CAR, grown);
        assertThat(withNew.searched()).isEqualTo(2);
        assertThat(withNew.seconds()[0][grown.size() - 1]).isPositive();
        assertThat(withNew.seconds()[grown.size() - 1][0]).isPositive();
        assertThat(withNew.seconds()[2][5]).isEqualTo(first.seconds()[2][5]);
    }
}
