package care.rondo.routing;

import care.rondo.planning.PlanningTravelMode;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Road travel times in PostgreSQL ({@code road_travel_row}, V71) by map version and mode: a row per origin and
 * write holds the destinations it reached and their seconds, so a team's matrix is read as one row per place.
 * Plain JDBC with arrays: one query per matrix, one batch per write.
 */
public final class TravelTimeCache {

    private final DataSource dataSource;

    public TravelTimeCache(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Fills {@code matrix[i][j]} with every cached time between the points (other cells stay as they are). */
    public int read(String version, PlanningTravelMode mode, List<RoadNetwork.Point> points, long[][] matrix) {
        Map<Long, List<Integer>> indices = new HashMap<>();
        for (int i = 0; i < points.size(); i++) {
            indices.computeIfAbsent(points.get(i).key(), k -> new ArrayList<>()).add(i);
        }
        Long[] keys = indices.keySet().toArray(Long[]::new);
        int found = 0;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select from_point, to_points, seconds "
                     + "from road_travel_row where map_version = ? and travel_mode = ? and from_point = any(?)")) {
            select.setString(1, version);
            select.setString(2, mode.name());
            select.setArray(3, connection.createArrayOf("bigint", keys));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    List<Integer> origins = indices.get(rows.getLong(1));
                    Long[] destinations = (Long[]) rows.getArray(2).getArray();
                    Integer[] seconds = (Integer[]) rows.getArray(3).getArray();
                    for (int k = 0; k < destinations.length; k++) {
                        List<Integer> targets = indices.get(destinations[k]);
                        if (targets == null) {
                            continue; // a place of another team that shares this origin
                        }
                        for (int from : origins) {
                            for (int to : targets) {
                                matrix[from][to] = seconds[k];
                                found++;
                            }
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read cached road travel times", e);
        }
        return found;
    }

    /** Stores the given pairs (seconds, or -1 for no way): a row for each origin among them. */
    public void write(String version, PlanningTravelMode mode, List<long[]> fromToSeconds) {
        if (fromToSeconds.isEmpty()) {
            return;
        }
        Map<Long, List<long[]>> byOrigin = new LinkedHashMap<>();
        for (long[] pair : fromToSeconds) {
            byOrigin.computeIfAbsent(pair[0], k -> new ArrayList<>()).add(pair);
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into road_travel_row "
                     + "(map_version, travel_mode, from_point, to_points, seconds) values (?, ?, ?, ?, ?)")) {
            for (Map.Entry<Long, List<long[]>> origin : byOrigin.entrySet()) {
                List<long[]> pairs = origin.getValue();
                Long[] to = new Long[pairs.size()];
                Integer[] seconds = new Integer[pairs.size()];
                for (int k = 0; k < to.length; k++) {
                    to[k] = pairs.get(k)[1];
                    seconds[k] = Math.toIntExact(pairs.get(k)[2]);
                }
                insert.setString(1, version);
                insert.setString(2, mode.name());
                insert.setLong(3, origin.getKey());
                insert.setArray(4, connection.createArrayOf("bigint", to));
                insert.setArray(5, connection.createArrayOf("integer", seconds));
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store road travel times", e);
        }
    }
}
