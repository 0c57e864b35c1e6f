package care.rondo.rest.dto;

import care.rondo.service.CarePlanService;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FollowUp", description = "a second visit starting minGapMinutes..maxGapMinutes after the first "
        + "visit starts (e.g. 60..90 after an insulin injection)")
public record FollowUpDto(
        @NotNull @Min(1) @Max(720) Integer minGapMinutes,
        @NotNull @Min(1) @Max(720) Integer maxGapMinutes,
        @NotNull @Min(5) @Max(480) Integer durationMinutes) {

    public CarePlanService.FollowUp toData() {
        return new CarePlanService.FollowUp(minGapMinutes, maxGapMinutes, durationMinutes);
    }

    /** Null when the plan has no follow-up (the three columns are set together or not at all). */
    public static FollowUpDto of(Integer minGap, Integer maxGap, Integer duration) {
        return minGap == null ? null : new FollowUpDto(minGap, maxGap, duration);
    }
}
