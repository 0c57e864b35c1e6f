package care.rondo.planning;

/**
 * A place visits happen at or nurses start from.
 * <p>
 * {@code index} must be dense (0..n-1 over all locations of one solve) because travel-time matrices are arrays
 * indexed by it. {@code x}/{@code y} are latitude/longitude in degrees for geographic instances and plain
 * coordinates for Euclidean ones; they only rank neighbours for nearby selection, travel times come from a
 * {@link TravelTimeMatrix}.
 */
public record Location(String id, int index, double x, double y) {

    public Location {
        if (index < 0) {
            throw new IllegalArgumentException("Location index must be >= 0: " + index);
        }
    }

    /** Straight-line distance between the coordinates: a cheap nearness ranking, not a travel time. */
    public double straightLineDistanceTo(Location other) {
        return Math.hypot(x - other.x, y - other.y);
    }
}
