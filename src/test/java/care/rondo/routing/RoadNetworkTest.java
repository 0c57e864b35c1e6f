package care.rondo.routing;

import care.rondo.planning.GreatCircleTravelTimeMatrix;
import care.rondo.planning.Location;
import care.rondo.planning.PlanningTravelMode;
import care.rondo.routing.RoadNetwork.Point;
import care.rondo.testing.Slow;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static care.rondo.routing.LiechtensteinMap.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Travel times on the real Liechtenstein extract (OpenStreetMap, ODbL). */
@Slow
class RoadNetworkTest {

    @Test
    void roadTimesAreNotStraightLines() {
        long[][] road = network().matrix(PlanningTravelMode.BIKE, VILLAGES);
        List<Location> locations = locations(VILLAGES);
        GreatCircleTravelTimeMatrix straight = GreatCircleTravelTimeMatrix.forMode(locations, PlanningTravelMode.BIKE, 3600);
        int differing = 0;
        int pairs = 0;
        for (Location from : locations) {
            for (Location to : locations) {
                if (from != to) {
                    pairs++;
                    long estimate = straight.travelTime(from, to);
                    assertThat(road[from.index()][to.index()]).as("bike %s -> %s", from.id(), to.id()).isPositive();
                    if (Math.abs(road[from.index()][to.index()] - estimate) > 0.1 * estimate) {
                        differing++;
                    }
                }
            }
        }
        assertThat(differing).as("pairs whose road time differs from the straight line by over 10%").isGreaterThan(pairs / 2);
    }

    @Test
    void oneWayStreetsMakeTheCarMatrixAsymmetric() {
        long[][] car = network().matrix(PlanningTravelMode.CAR, VILLAGES);
        long asymmetric = 0;
        for (int i = 0; i < car.length; i++) {
            for (int j = i + 1; j < car.length; j++) {
                if (Math.abs(car[i][j] - car[j][i]) > 20) {
                    asymmetric++;
                }
            }
        }
        assertThat(asymmetric).as("pairs whose two directions differ by more than 20 s").isGreaterThan(2);
        assertThat(car[5][0]).as("down from Malbun to Eschen is not the way up").isNotEqualTo(car[0][5]);
    }

    @Test
    void bikeIsSlowerThanCarAndEBikeFasterThanBike() {
        long[][] car = network().matrix(PlanningTravelMode.CAR, VILLAGES);
        long[][] bike = network().matrix(PlanningTravelMode.BIKE, VILLAGES);
        long[][] eBike = network().matrix(PlanningTravelMode.E_BIKE, VILLAGES);
        for (int i = 0; i < car.length; i++) {
            for (int j = 0; j < car.length; j++) {
                if (i != j) {
                    assertThat(bike[i][j]).as("bike vs car %d -> %d", i, j).isGreaterThan(car[i][j]);
                    assertThat(eBike[i][j]).as("e-bike vs bike %d -> %d", i, j).isLessThan(bike[i][j]);
                }
            }
        }
    }

    @Test
    void aPointOffTheMapIsReportedUnreachable() {
        List<Point> points = new ArrayList<>(VILLAGES);
        points.add(OFF_THE_MAP);
        RoadTravelTimes.Matrix matrix = new RoadTravelTimes(network(), null).matrix(PlanningTravelMode.CAR, points);
        assertThat(matrix.unreachable()).containsExactly(points.size() - 1);
        assertThat(matrix.seconds()[0][points.size() - 1]).isEqualTo(RoadNetwork.UNREACHABLE);
        assertThat(network().snapMeters(PlanningTravelMode.CAR, List.of(OFF_THE_MAP, VADUZ))[1]).isLessThan(50);
    }

    @Test
    void unreachablePlacesComeWithTheirReasonAndDoNotOutvoteTheOthers() {
        // three places off the map against two on it: the two must not be reported for lacking ways to the three
        List<Point> points = List.of(VADUZ, OFF_THE_MAP, new Point(47.1550, 9.2900), new Point(47.1450, 9.3100), SCHAAN);
        List<RoadTravelTimes.Unreachable> unreachable = new RoadTravelTimes(network(), null)
                .unreachable(PlanningTravelMode.CAR, points);
        assertThat(unreachable).extracting(RoadTravelTimes.Unreachable::index).containsExactly(1, 2, 3);
        assertThat(unreachable).allSatisfy(u -> assertThat(u.reason()).isIn(RoadTravelTimes.Reason.NO_ROAD_NEAR,
                RoadTravelTimes.Reason.TOO_FAR_FROM_ROAD));
        assertThat(unreachable).filteredOn(u -> u.reason() == RoadTravelTimes.Reason.TOO_FAR_FROM_ROAD)
                .allSatisfy(u -> assertThat(u.snapMeters()).isGreaterThan(300));
    }

    @Test
    void aLegStopsAtTheSnapDistanceLikeTheMatrix() {
        assertThat(network().leg(PlanningTravelMode.CAR, VADUZ, OFF_THE_MAP)).isEmpty();
        assertThat(network().leg(PlanningTravelMode.CAR, VADUZ, SCHAAN)).isPresent();
    }

    @Test
    void matrixTimesAreGraphHoppersOwnRouteTimes() {
        long[][] car = network().matrix(PlanningTravelMode.CAR, VILLAGES);
        for (int[] pair : new int[][] {{2, 5}, {5, 2}, {0, 4}, {3, 1}}) {
            RoadNetwork.Leg leg = network().leg(PlanningTravelMode.CAR, VILLAGES.get(pair[0]), VILLAGES.get(pair[1]))
                    .orElseThrow();
            assertThat(car[pair[0]][pair[1]]).as("matrix vs route %d -> %d", pair[0], pair[1])
                    .isBetween(leg.seconds() - 2, leg.seconds() + 2);
            assertThat(leg.points()).as("the leg follows the roads").hasSizeGreaterThan(10);
        }
    }

    static List<Location> locations(List<Point> points) {
        List<Location> locations = new ArrayList<>();
        for (Point p : points) {
            locations.add(new Location("p" + locations.size(), locations.size(), p.latitude(), p.longitude()));
        }
        return locations;
    }
}
