package care.rondo.planning;

import java.util.List;

/**
 * Travel times from great-circle distance × detour factor ÷ travel-mode speed, computed once per solve into an
 * array because the solver asks millions of times. Locations carry latitude in {@code x}, longitude in {@code y}.
 */
public final class GreatCircleTravelTimeMatrix implements TravelTimeMatrix {

    /** Typical ratio of street distance to straight-line distance in Dutch towns. */
    public static final double DEFAULT_DETOUR_FACTOR = 1.3;
    private static final double EARTH_RADIUS_KM = 6371.0088;

    private final ArrayTravelTimeMatrix times;

    /**
     * @param unitsPerHour how many of the caller's time units make an hour (3600 for seconds)
     */
    public GreatCircleTravelTimeMatrix(List<Location> locations, double speedKmPerHour, double detourFactor,
            long unitsPerHour) {
        long[][] matrix = new long[locations.size()][locations.size()];
        for (Location from : locations) {
            for (Location to : locations) {
                double km = greatCircleKm(from, to) * detourFactor;
                matrix[from.index()][to.index()] = Math.round(km / speedKmPerHour * unitsPerHour);
            }
        }
        this.times = new ArrayTravelTimeMatrix(matrix);
    }

    public static GreatCircleTravelTimeMatrix forMode(List<Location> locations, PlanningTravelMode mode, long unitsPerHour) {
        return new GreatCircleTravelTimeMatrix(locations, mode.defaultSpeedKmPerHour(), DEFAULT_DETOUR_FACTOR,
                unitsPerHour);
    }

    static double greatCircleKm(Location from, Location to) {
        double lat1 = Math.toRadians(from.x());
        double lat2 = Math.toRadians(to.x());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(to.y() - from.y());
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }

    @Override
    public long travelTime(Location from, Location to) {
        return times.travelTime(from, to);
    }
}
