package care.rondo.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class TravelTimeMatrixTest {

    @Test
    void greatCircleTimeIsDistanceTimesDetourOverSpeed() {
        Location south = new Location("s", 0, 52.0, 5.0);
        Location north = new Location("n", 1, 53.0, 5.0);
        // one degree of latitude is 111.19 km; by car at 30 km/h with detour 1.3: 4.818 h = 17346 s
        TravelTimeMatrix car = GreatCircleTravelTimeMatrix.forMode(List.of(south, north), PlanningTravelMode.CAR, 3600);

        assertThat(car.travelTime(south, north)).isCloseTo(17346L, within(5L));
        assertThat(car.travelTime(north, south)).isEqualTo(car.travelTime(south, north));
        assertThat(car.travelTime(south, south)).isZero();
    }

    @Test
    void slowerModesTakeLonger() {
        List<Location> locations = List.of(new Location("a", 0, 52.37, 4.89), new Location("b", 1, 52.36, 4.90));
        long walk = GreatCircleTravelTimeMatrix.forMode(locations, PlanningTravelMode.WALK, 3600)
                .travelTime(locations.get(0), locations.get(1));
        long bike = GreatCircleTravelTimeMatrix.forMode(locations, PlanningTravelMode.BIKE, 3600)
                .travelTime(locations.get(0), locations.get(1));

        assertThat(walk).as("walking is three times slower than cycling").isCloseTo(bike * 3, within(3L));
    }

    @Test
    void euclideanMatrixScalesDistances() {
        Location a = new Location("a", 0, 0, 0);
        Location b = new Location("b", 1, 3, 4);

        TravelTimeMatrix matrix = ArrayTravelTimeMatrix.euclidean(List.of(a, b), 1000);

        assertThat(matrix.travelTime(a, b)).isEqualTo(5000);
    }
}
