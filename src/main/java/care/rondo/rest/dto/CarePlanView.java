package care.rondo.rest.dto;

import care.rondo.domain.CarePlan;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Schema(name = "CarePlan")
public record CarePlanView(long id, long teamId, long clientId, String description,
                           @Schema(description = "empty = every day") List<DayOfWeek> days,
                           List<TimeWindowDto> windows, int durationMinutes, int minLevel, List<String> skills,
                           int nursesNeeded, FollowUpDto followUp, int priority, LocalDate validFrom,
                           LocalDate validUntil, boolean archived, long version, Instant createdAt) {

    public static CarePlanView of(CarePlan plan) {
        return new CarePlanView(plan.id, plan.teamId, plan.clientId, plan.description, List.copyOf(plan.days),
                plan.windows.stream().map(TimeWindowDto::of).toList(), plan.durationMinutes, plan.minLevel,
                List.copyOf(plan.skills), plan.nursesNeeded,
                FollowUpDto.of(plan.followupMinGapMinutes, plan.followupMaxGapMinutes, plan.followupDurationMinutes),
                plan.priority, plan.validFrom, plan.validUntil, plan.archived, plan.version, plan.createdAt);
    }
}
