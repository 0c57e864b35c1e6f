package care.rondo.planning;

/**
 * Travel time between two locations in the caller's time unit. Each nurse carries the matrix for her travel mode,
 * so a team mixing bikes and cars needs one matrix per mode, not per nurse.
 */
@FunctionalInterface
public interface TravelTimeMatrix {

    long travelTime(Location from, Location to);
}
