package care.rondo.routing;

import care.rondo.planning.TravelMode;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Road travel times in PostgreSQL ({@code road_travel_time}, V70) by map version, mode and ordered pair of points.
 * Plain JDBC with arrays: a team's matrix is thousands of pairs, read in one query and written in one statement.
 */
public final class TravelTimeCache {

    private final DataSource dataSource;

    public TravelTimeCache(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Fills {@code matrix[i][j]} with every cached time between the points (other cells stay as they are). */
    public int read(String version, TravelMode mode, List<RoadNetwork.Point> points, long[][] matrix) {
        Map<Long, List<Integer>> indices = new HashMap<>();
        for (int i = 0; i < points.size(); i++) {
            indices.computeIfAbsent(points.get(i).key(), k -> new ArrayList<>()).add(i);
        }
        Long[] keys = new LinkedHashSet<>(indices.keySet()).toArray(Long[]::new);
        int found = 0;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select from_point, to_point, seconds "
                     + "from road_travel_time where map_version = ? and travel_mode = ? "
                     + "and from_point = any(?)")) {
            Array array = connection.createArrayOf("bigint", keys);
            select.setString(1, version);
            select.setString(2, mode.name());
            select.setArray(3, array);
            select.setFetchSize(10_000);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    List<Integer> targets = indices.get(rows.getLong(2));
                    if (targets == null) {
                        continue; // a place of another team: reading it is cheaper than a second index condition
                    }
                    long seconds = rows.getInt(3);
                    for (int from : indices.get(rows.getLong(1))) {
                        for (int to : targets) {
                            matrix[from][to] = seconds;
                            found++;
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read cached road travel times", e);
        }
        return found;
    }

    /** Stores the given pairs (seconds, or -1 for no way); a pair already stored (by a parallel solve) is kept. */
    public void write(String version, TravelMode mode, List<long[]> fromToSeconds) {
        if (fromToSeconds.isEmpty()) {
            return;
        }
        Long[] from = new Long[fromToSeconds.size()];
        Long[] to = new Long[from.length];
        Integer[] seconds = new Integer[from.length];
        for (int i = 0; i < from.length; i++) {
            from[i] = fromToSeconds.get(i)[0];
            to[i] = fromToSeconds.get(i)[1];
            seconds[i] = Math.toIntExact(fromToSeconds.get(i)[2]);
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into road_travel_time "
                     + "(map_version, travel_mode, from_point, to_point, seconds) "
                     + "select ?, ?, f, t, s from unnest(?::bigint[], ?::bigint[], ?::integer[]) as u(f, t, s) "
                     + "on conflict do nothing")) {
            insert.setString(1, version);
            insert.setString(2, mode.name());
            insert.setArray(3, connection.createArrayOf("bigint", from));
            insert.setArray(4, connection.createArrayOf("bigint", to));
            insert.setArray(5, connection.createArrayOf("integer", seconds));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store road travel times", e);
        }
    }
}
