package care.rondo.testing;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Tells whether some session of the test database waits for a lock: how race tests know a request is parked. */
public final class LockWaits {

    private LockWaits() {
    }

    /** Asked on a connection of its own: inside a transaction PostgreSQL keeps showing the activity it first saw. */
    public static boolean someoneWaits(DataSource dataSource) throws SQLException {
        return waiting(dataSource) > 0;
    }

    /** How many sessions of the test database wait for a lock right now. */
    public static long waiting(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement waiting = connection.prepareStatement("SELECT count(*) FROM pg_stat_activity "
                     + "WHERE wait_event_type = 'Lock' AND datname = current_database()");
             ResultSet rows = waiting.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
