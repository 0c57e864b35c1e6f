package care.rondo.service.roster.problem;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/** What visit generation needs of a care plan; decoupled from the entity so it can be tested on its own. */
public record CarePlanInput(
        long carePlanId,
        long clientId,
        Set<DayOfWeek> days,
        List<Window> windows,
        int durationMinutes,
        int minLevel,
        List<String> skills,
        int nursesNeeded,
        FollowUp followUp,
        int priority,
        LocalDate validFrom,
        LocalDate validUntil) {

    /** Local wall-clock bounds of the visit start. */
    public record Window(LocalTime from, LocalTime to) {
    }

    /** A second visit starting minGap..maxGap minutes after the first one starts. */
    public record FollowUp(int minGapMinutes, int maxGapMinutes, int durationMinutes) {
    }

    boolean activeOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validUntil == null || !date.isAfter(validUntil))
                && (days.isEmpty() || days.contains(date.getDayOfWeek()));
    }
}
