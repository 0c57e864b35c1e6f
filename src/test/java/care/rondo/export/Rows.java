package care.rondo.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** Export rows for the writers' tests, at local times in Amsterdam. */
final class Rows {
    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private Rows() {
    }

    static ExportRow visit(long lineage, int version, LocalDate date, LocalTime start, String nurse, String client,
                           boolean cancelled) {
        Instant at = date.atTime(start).atZone(AMSTERDAM).toInstant();
        return new ExportRow(7, "Team Lombok", AMSTERDAM, version, lineage + 1000, lineage, date, at,
                at.plusSeconds(1800), at, at.plusSeconds(3600), 30, nurse == null ? null : (long) nurse.charAt(0),
                nurse, null, lineage, client, "Kanaalstraat 1, Utrecht", 52.09, 5.10, "Key under the mat", cancelled,
                null, null);
    }

    /** The visit as a newer version has it: another nurse (or none), another start (or none), last planned at. */
    static ExportRow changed(ExportRow r, String nurse, Instant start, boolean cancelled, Instant lastStart) {
        return new ExportRow(r.teamId(), r.teamName(), r.zone(), r.rosterVersion(), r.visitId(), r.lineageId(),
                r.date(), start, start == null ? null : start.plusSeconds(1800), r.windowStart(), r.windowEnd(),
                r.durationMinutes(), nurse == null ? null : (long) nurse.charAt(0), nurse, r.partnerNurseName(),
                r.clientId(), r.clientName(), r.address(), r.latitude(), r.longitude(), r.clientNotes(), cancelled,
                lastStart, lastStart == null ? null : lastStart.plusSeconds(1800));
    }
}
