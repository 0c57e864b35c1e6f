package care.rondo.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * One visit of an accepted roster as the writers see it: plain values, already filtered for the reader (client
 * notes are null when she may not read them).
 *
 * @param rosterVersion the accepted version number (1 for the first acceptance, +1 per re-plan)
 * @param lineageId     the visit's identity across re-plans: calendars key their events on it
 * @param start         planned start; null when the visit stayed unassigned or was cancelled before planning
 * @param windowStart   earliest allowed start: where a calendar puts a visit without a planned start
 * @param lastStart     the start an earlier accepted version of the week planned (in a personal feed: the
 *                      nurse's own last one); null when no earlier version planned it
 */
public record ExportRow(long teamId, String teamName, ZoneId zone, int rosterVersion, long visitId, long lineageId,
                        LocalDate date, Instant start, Instant end, Instant windowStart, Instant windowEnd,
                        int durationMinutes, Long nurseId, String nurseName, String partnerNurseName,
                        long clientId, String clientName, String address, double latitude, double longitude,
                        String clientNotes, boolean cancelled, Instant lastStart, Instant lastEnd) {

    public enum Status { PLANNED, UNASSIGNED, CANCELLED }

    public Status status() {
        if (cancelled) {
            return Status.CANCELLED;
        }
        return nurseId == null || start == null ? Status.UNASSIGNED : Status.PLANNED;
    }

    /** The visit's identity in calendars and files: stable across re-plans, unique across teams. */
    public String uid() {
        return "visit-" + lineageId + "@rondo.care";
    }

    /** The start a calendar shows: the planned one, else the last one planned, else the window's start. */
    public ZonedDateTime calendarStart() {
        return (start != null ? start : lastStart != null ? lastStart : windowStart).atZone(zone);
    }

    public ZonedDateTime calendarEnd() {
        if (start != null && end != null) {
            return end.atZone(zone);
        }
        if (start == null && lastStart != null && lastEnd != null) {
            return lastEnd.atZone(zone);
        }
        return calendarStart().plusMinutes(durationMinutes);
    }

    public ZonedDateTime localStart() {
        return start == null ? null : start.atZone(zone);
    }

    public ZonedDateTime localEnd() {
        return end == null ? null : end.atZone(zone);
    }
}
