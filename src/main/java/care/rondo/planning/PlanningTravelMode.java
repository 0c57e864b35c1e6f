package care.rondo.planning;

/** How a nurse moves through the neighbourhood; the speeds are urban door-to-door averages in km/h. */
public enum PlanningTravelMode {
    WALK(5.0),
    BIKE(15.0),
    E_BIKE(20.0),
    CAR(30.0);

    private final double defaultSpeedKmPerHour;

    PlanningTravelMode(double defaultSpeedKmPerHour) {
        this.defaultSpeedKmPerHour = defaultSpeedKmPerHour;
    }

    public double defaultSpeedKmPerHour() {
        return defaultSpeedKmPerHour;
    }
}
