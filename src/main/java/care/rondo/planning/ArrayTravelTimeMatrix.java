package care.rondo.planning;

import java.util.List;

/** A precomputed square matrix indexed by {@link Location#index()}: given matrices (HHCRSP) or Euclidean (Solomon). */
public final class ArrayTravelTimeMatrix implements TravelTimeMatrix {

    private final long[][] times;

    public ArrayTravelTimeMatrix(long[][] times) {
        for (long[] row : times) {
            if (row.length != times.length) {
                throw new IllegalArgumentException("Travel-time matrix must be square");
            }
        }
        this.times = times;
    }

    /** Euclidean distance between coordinates times {@code unitsPerDistance}, rounded (e.g. 1000 for Solomon). */
    public static ArrayTravelTimeMatrix euclidean(List<Location> locations, double unitsPerDistance) {
        long[][] times = new long[locations.size()][locations.size()];
        for (Location from : locations) {
            for (Location to : locations) {
                times[from.index()][to.index()] = Math.round(from.straightLineDistanceTo(to) * unitsPerDistance);
            }
        }
        return new ArrayTravelTimeMatrix(times);
    }

    @Override
    public long travelTime(Location from, Location to) {
        return times[from.index()][to.index()];
    }
}
