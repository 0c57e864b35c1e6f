package care.rondo.rest.dto;

import care.rondo.domain.AbsenceKind;
import care.rondo.service.AbsenceService;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(name = "AbsenceRequest", description = "from and to are ISO-8601 date-times WITH an offset "
        + "(2026-03-02T07:00:00+01:00); a time without offset is rejected rather than guessed. to is exclusive.")
public record AbsenceRequest(
        @NotNull AbsenceKind kind,
        @NotNull @Schema(example = "2026-03-02T07:00:00+01:00") OffsetDateTime from,
        @NotNull @Schema(example = "2026-03-06T23:00:00+01:00") OffsetDateTime to,
        @Schema(description = "for the team; keep health details out") @Size(max = 200) String note) {

    public AbsenceService.AbsenceData toData() {
        return new AbsenceService.AbsenceData(kind, from.toInstant(), to.toInstant(), note);
    }
}
