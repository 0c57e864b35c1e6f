package care.rondo.routing;

import care.rondo.planning.TravelMode;
import care.rondo.routing.RoadNetwork.Point;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Travel-time matrices from the road network, through the cache: known pairs are read, only the missing ones are
 * searched (forward from the rows that miss some, or backward from the columns, whichever are fewer), and what was
 * searched is stored for the next solve.
 */
public final class RoadTravelTimes {

    private static final long UNKNOWN = -2;

    private final RoadNetwork network;
    private final TravelTimeCache cache;

    /** @param cache null to search every time (benchmarks measuring the search itself) */
    public RoadTravelTimes(RoadNetwork network, TravelTimeCache cache) {
        this.network = network;
        this.cache = cache;
    }

    /**
     * @param seconds     travel seconds from row to column, {@link RoadNetwork#UNREACHABLE} where the map has no way
     * @param unreachable indices of points the map cannot connect with most of the others (off the network, too far
     *                    from a road, on an island)
     * @param searched    how many rows or columns had to be searched (0 when everything came from the cache)
     */
    public record Matrix(long[][] seconds, List<Integer> unreachable, int searched) {
    }

    public RoadNetwork network() {
        return network;
    }

    public Matrix matrix(TravelMode mode, List<Point> points) {
        int n = points.size();
        long[][] seconds = new long[n][n];
        for (long[] row : seconds) {
            Arrays.fill(row, UNKNOWN);
        }
        for (int i = 0; i < n; i++) {
            seconds[i][i] = 0;
        }
        if (cache != null) {
            cache.read(network.version(), mode, points, seconds);
        }
        int[] rows = IntStream.range(0, n).filter(i -> Arrays.stream(seconds[i]).anyMatch(s -> s == UNKNOWN)).toArray();
        int[] columns = IntStream.range(0, n)
                .filter(j -> IntStream.range(0, n).anyMatch(i -> seconds[i][j] == UNKNOWN)).toArray();
        int searched = 0;
        if (rows.length > 0) {
            boolean forward = rows.length <= columns.length;
            int[] sources = forward ? rows : columns;
            long[][] found = network.rows(mode, points, sources, !forward);
            List<long[]> fresh = new ArrayList<>();
            Set<List<Long>> pairs = new HashSet<>();
            for (int k = 0; k < sources.length; k++) {
                for (int other = 0; other < n; other++) {
                    int from = forward ? sources[k] : other;
                    int to = forward ? other : sources[k];
                    if (seconds[from][to] == UNKNOWN) {
                        seconds[from][to] = found[k][other];
                        if (pairs.add(List.of(points.get(from).key(), points.get(to).key()))) {
                            fresh.add(new long[] {points.get(from).key(), points.get(to).key(), found[k][other]});
                        }
                    }
                }
            }
            searched = sources.length;
            if (cache != null) {
                cache.write(network.version(), mode, fresh);
            }
        }
        return new Matrix(seconds, unreachable(seconds), searched);
    }

    /** A point is unreachable when it misses more than half of its ways to and from the others. */
    static List<Integer> unreachable(long[][] seconds) {
        int n = seconds.length;
        List<Integer> unreachable = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int missing = 0;
            for (int j = 0; j < n; j++) {
                if (seconds[i][j] < 0) {
                    missing++;
                }
                if (seconds[j][i] < 0) {
                    missing++;
                }
            }
            if (n > 1 && missing > n - 1) {
                unreachable.add(i);
            }
        }
        return unreachable;
    }
}
