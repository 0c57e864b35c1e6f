package care.rondo.service.export;

import care.rondo.export.ExportRow;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.query.NativeQuery;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads accepted visits: the newest snapshot of each team-week (or of one roster) joined with clients and
 * nurses, each with its last planned time in an earlier version of the week (for one nurse: her own last one, and
 * also the visits she had in an earlier version but no longer has, so that her calendar can cancel them). Rows come from a database cursor, so an export of 30,000 visits never loads them all at once; the
 * caller must consume the stream inside a transaction (PostgreSQL only honours the fetch size there).
 */
@ApplicationScoped
public class AcceptedVisits {

    /** What to read. rosterId set: that roster's newest snapshot; else every team-week overlapping the dates. */
    public record Selection(List<Long> teamIds, Long rosterId, LocalDate from, LocalDate to, Long nurseId,
                            boolean withNotes) {
    }

    private static final String SQL = """
            WITH latest AS (
              SELECT DISTINCT ON (team_id, week_start) id, team_id, week_start, version_number
              FROM roster_snapshot WHERE %s
              ORDER BY team_id, week_start, version_number DESC)
            SELECT t.id, t.name, t.time_zone, s.version_number, sv.visit_id, sv.lineage_id, sv.visit_date,
                   sv.planned_start, sv.planned_end, v.earliest_start, v.latest_start, sv.duration_minutes,
                   sv.nurse_id, n.name, pn.name, c.id, c.name, c.address, c.latitude, c.longitude, %s, sv.cancelled,
                   prev.planned_start, prev.planned_end
            FROM latest s
            JOIN snapshot_visit sv ON sv.snapshot_id = s.id
            JOIN team t ON t.id = s.team_id
            JOIN client c ON c.id = sv.client_id
            JOIN visit v ON v.id = sv.visit_id
            LEFT JOIN nurse n ON n.id = sv.nurse_id
            LEFT JOIN snapshot_visit p ON p.snapshot_id = sv.snapshot_id AND p.id <> sv.id
                 AND ((sv.link_kind = 'DOUBLE_HANDED' AND p.visit_id = sv.linked_visit_id)
                   OR (p.link_kind = 'DOUBLE_HANDED' AND p.linked_visit_id = sv.visit_id))
            LEFT JOIN nurse pn ON pn.id = p.nurse_id
            LEFT JOIN LATERAL (
              SELECT ov.planned_start, ov.planned_end
              FROM roster_snapshot os JOIN snapshot_visit ov ON ov.snapshot_id = os.id
              WHERE os.team_id = s.team_id AND os.week_start = s.week_start AND os.version_number < s.version_number
                AND ov.lineage_id = sv.lineage_id AND ov.planned_start IS NOT NULL %s
              ORDER BY os.version_number DESC LIMIT 1) prev ON true
            WHERE sv.visit_date BETWEEN :from AND :to %s
            ORDER BY t.id, sv.visit_date, n.name NULLS LAST, sv.nurse_id,
                     coalesce(sv.planned_start, v.earliest_start), sv.id
            """;

    @SuppressWarnings("unchecked")
    public Stream<ExportRow> stream(Selection selection) {
        String snapshots = selection.rosterId() != null ? "roster_id = :roster"
                : "team_id IN (:teams) AND week_start BETWEEN :weekFrom AND :to";
        boolean oneNurse = selection.nurseId() != null;
        String sql = SQL.formatted(snapshots, selection.withNotes() ? "c.notes" : "CAST(NULL AS TEXT)",
                oneNurse ? "AND ov.nurse_id = :nurse" : "",
                oneNurse ? "AND (sv.nurse_id = :nurse OR prev.planned_start IS NOT NULL)" : "");
        NativeQuery<Object[]> query = Panache.getEntityManager().createNativeQuery(sql)
                .unwrap(NativeQuery.class);
        if (selection.rosterId() != null) {
            query.setParameter("roster", selection.rosterId());
        } else {
            query.setParameter("teams", selection.teamIds());
            query.setParameter("weekFrom", selection.from().minusDays(6));
        }
        query.setParameter("from", selection.from());
        query.setParameter("to", selection.to());
        if (selection.nurseId() != null) {
            query.setParameter("nurse", selection.nurseId());
        }
        query.setFetchSize(1000);
        query.setReadOnly(true);
        return query.getResultStream().map(AcceptedVisits::row);
    }

    private static ExportRow row(Object[] c) {
        return new ExportRow(number(c[0]), (String) c[1], ZoneId.of((String) c[2]), (int) number(c[3]),
                number(c[4]), number(c[5]), date(c[6]), instant(c[7]), instant(c[8]), instant(c[9]), instant(c[10]),
                (int) number(c[11]), c[12] == null ? null : number(c[12]), (String) c[13], (String) c[14],
                number(c[15]), (String) c[16], (String) c[17], ((Number) c[18]).doubleValue(),
                ((Number) c[19]).doubleValue(), (String) c[20], (Boolean) c[21], instant(c[22]), instant(c[23]));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    // the JDBC driver and Hibernate's native-query typing differ in what they hand back for dates and timestamps
    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
