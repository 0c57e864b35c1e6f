package care.rondo.domain;

/** How a nurse gets from visit to visit; the planner derives travel times from it. */
public enum TravelMode {
    BIKE("Bike"), E_BIKE("E-bike"), CAR("Car"), WALK("On foot");

    /** What the form offers a new nurse: most of a community team's nurses ride an e-bike. */
    public static final TravelMode FOR_A_NEW_NURSE = E_BIKE;

    private final String label;

    TravelMode(String label) {
        this.label = label;
    }

    /** The words the team's page shows. */
    public String label() {
        return label;
    }
}
