package care.rondo.rest.dto;

import care.rondo.domain.Visit;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

@Schema(name = "OneOffVisitRequest", description = "An extra visit in this roster's week only")
public record OneOffVisitRequest(
        @NotNull Long clientId,
        @NotNull @Schema(description = "earliest start, with offset") OffsetDateTime earliestStart,
        @NotNull @Schema(description = "latest start, with offset") OffsetDateTime latestStart,
        @NotNull @Min(5) @Max(480) Integer durationMinutes,
        @NotNull @Min(2) @Max(5) Integer minLevel,
        @Size(max = 20) List<@Size(min = 1, max = 40) String> skills,
        @Min(1) @Max(5) Integer priority,
        @Schema(description = "required unless If-Match is sent") Long rosterVersion) {

    @AssertTrue(message = "must not be before earliestStart")
    @Schema(hidden = true)
    public boolean isLatestStart() {
        return earliestStart == null || latestStart == null || !latestStart.isBefore(earliestStart);
    }

    public Visit toVisit(java.time.ZoneId zone) {
        Visit v = new Visit();
        v.clientId = clientId;
        v.earliestStart = earliestStart.toInstant();
        v.latestStart = latestStart.toInstant();
        v.visitDate = earliestStart.atZoneSameInstant(zone).toLocalDate();
        v.durationMinutes = durationMinutes;
        v.minLevel = minLevel;
        v.skills = skills == null ? new ArrayList<>() : new ArrayList<>(skills);
        v.priority = priority == null ? 3 : priority;
        return v;
    }
}
