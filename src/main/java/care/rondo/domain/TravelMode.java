package care.rondo.domain;

/** How a nurse gets from visit to visit; the planner derives travel times from it. */
public enum TravelMode {
    BIKE, E_BIKE, CAR, WALK
}
