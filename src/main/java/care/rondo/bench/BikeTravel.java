package care.rondo.bench;

/**
 * Travel minutes by (e-)bike between coordinates: great-circle distance times a detour factor for the street grid,
 * at 15 km/h, plus 2 minutes to park and lock. Good enough for a synthetic week; the real app uses its own matrix.
 */
public final class BikeTravel {

    private static final double EARTH_KM = 6371.0;
    private static final double DETOUR = 1.3;
    private static final double KMH = 15.0;
    private static final double PARKING_MIN = 2.0;

    private BikeTravel() {
    }

    public static double minutes(double lat1, double lon1, double lat2, double lon2) {
        if (lat1 == lat2 && lon1 == lon2) {
            return 0;
        }
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        double km = 2 * EARTH_KM * Math.asin(Math.sqrt(a)) * DETOUR;
        return km / KMH * 60 + PARKING_MIN;
    }
}
