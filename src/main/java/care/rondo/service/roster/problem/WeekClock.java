package care.rondo.service.roster.problem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The solver's clock for one roster: seconds since Monday 00:00 of the week in the team's time zone, as an
 * instant offset. A DST week is simply an hour shorter or longer; wall-clock times were fixed when visits
 * and shifts were turned into instants.
 */
public record WeekClock(Instant weekStart, ZoneId zone) {

    public static WeekClock of(LocalDate monday, ZoneId zone) {
        return new WeekClock(monday.atStartOfDay(zone).toInstant(), zone);
    }

    public long toSeconds(Instant instant) {
        return instant.getEpochSecond() - weekStart.getEpochSecond();
    }

    public Instant toInstant(long seconds) {
        return weekStart.plusSeconds(seconds);
    }
}
