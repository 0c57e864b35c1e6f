package care.rondo.routing;

import care.rondo.planning.PlanningTravelMode;
import care.rondo.routing.RoadNetwork.Point;

import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The matrices asked for lately, by mode and the exact list of coordinates, least recently used dropped first once
 * they hold more cells than the budget. One road network only (the map never changes under a running service), so
 * an entry is never stale. Reading one back costs a hash of the coordinates instead of a PostgreSQL round trip.
 */
final class RecentMatrices {

    /** A mode and the points' coordinate keys in order. */
    static final class Key {
        private final PlanningTravelMode mode;
        private final long[] points;
        private final int hash;

        private Key(PlanningTravelMode mode, long[] points) {
            this.mode = mode;
            this.points = points;
            this.hash = 31 * mode.hashCode() + Arrays.hashCode(points);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.mode == mode && Arrays.equals(k.points, points);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    static Key key(PlanningTravelMode mode, List<Point> points) {
        return new Key(mode, points.stream().mapToLong(Point::key).toArray());
    }

    private final long maxCells;
    private final LinkedHashMap<Key, RoadTravelTimes.Matrix> matrices = new LinkedHashMap<>(16, 0.75f, true);
    private long cells;

    RecentMatrices(long maxCells) {
        this.maxCells = maxCells;
    }

    synchronized RoadTravelTimes.Matrix get(Key key) {
        return matrices.get(key);
    }

    synchronized void put(Key key, RoadTravelTimes.Matrix matrix) {
        long size = (long) key.points.length * key.points.length;
        if (size > maxCells) {
            return;
        }
        RoadTravelTimes.Matrix old = matrices.put(key, matrix);
        if (old == null) {
            cells += size;
        }
        Iterator<Map.Entry<Key, RoadTravelTimes.Matrix>> eldest = matrices.entrySet().iterator();
        while (cells > maxCells && eldest.hasNext()) {
            Key dropped = eldest.next().getKey();
            eldest.remove();
            cells -= (long) dropped.points.length * dropped.points.length;
        }
    }
}
