package care.rondo.rest.dto;

import care.rondo.service.CarePlanService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

@Schema(name = "CarePlanRequest")
public record CarePlanRequest(
        @NotBlank @Size(max = 200) String description,
        @Schema(description = "days with visits; empty or absent = every day")
        @Size(max = 7) List<@NotNull DayOfWeek> days,
        @Schema(description = "one visit per window per day (twice daily = two windows); windows must not overlap")
        @NotEmpty @Size(max = 12) List<@NotNull @Valid TimeWindowDto> windows,
        @NotNull @Min(5) @Max(480) Integer durationMinutes,
        @Schema(description = "nurses of this level or higher may visit")
        @NotNull @Min(2) @Max(5) Integer minLevel,
        @Size(max = 10)
        List<@NotNull @Pattern(regexp = SkillCodes.PATTERN, message = SkillCodes.MESSAGE) String> skills,
        @Schema(description = "2 = double-handed: both nurses start together", defaultValue = "1")
        @Min(1) @Max(2) Integer nursesNeeded,
        @Valid FollowUpDto followUp,
        @Schema(description = "5 = most important", defaultValue = "3") @Min(1) @Max(5) Integer priority,
        @Schema(description = "defaults to today in the team's time zone") LocalDate validFrom,
        @Schema(description = "last day with visits; absent = open-ended") LocalDate validUntil,
        @Schema(description = "archive instead of delete; false restores") Boolean archived,
        @Schema(description = "the version read; required on update unless If-Match is sent") Long version) {

    public CarePlanService.CarePlanData toData() {
        return new CarePlanService.CarePlanData(description, days,
                windows.stream().map(TimeWindowDto::toDomain).toList(), durationMinutes, minLevel, skills,
                nursesNeeded == null ? 1 : nursesNeeded, followUp == null ? null : followUp.toData(), priority,
                validFrom, validUntil, archived);
    }
}
