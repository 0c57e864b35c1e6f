package care.rondo.rest.dto;

import care.rondo.service.roster.review.OverrideCommand;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;

@Schema(name = "OverrideRequest", description = "MOVE visitId to nurseId (optionally at start); UNASSIGN visitId; "
        + "SWAP the nurses of visitId and otherVisitId; LOCK_DAY / UNLOCK_DAY nurseId on day; UNPIN visitId")
public record OverrideRequest(
        @NotNull OverrideCommand.Kind kind,
        Long visitId,
        Long nurseId,
        @Schema(description = "fixed start for MOVE, with offset; omit to let the solver choose the time") OffsetDateTime start,
        Long otherVisitId,
        LocalDate day,
        @Size(max = 200) String reason,
        @Schema(description = "the roster version read; required unless If-Match is sent") Long rosterVersion) {

    public OverrideCommand toCommand() {
        return new OverrideCommand(kind, visitId, nurseId, start == null ? null : start.toInstant(), otherVisitId,
                day, reason);
    }
}
