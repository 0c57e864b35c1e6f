package care.rondo.rest.dto;

import care.rondo.domain.AbsenceKind;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "MyAbsenceRequest", description = "Either sickToday=true (from now to midnight) or whole days "
        + "from..to (inclusive, the team's local dates); kind defaults to SICKNESS")
public record MyAbsenceRequest(Boolean sickToday, @Schema(example = "2026-12-02") LocalDate from,
                               @Schema(example = "2026-12-04") LocalDate to, AbsenceKind kind,
                               @Size(max = 200) String note) {
}
