package care.rondo.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RosterRequest")
public record RosterRequest(
        @Schema(example = "2026-W49", description = "ISO week (Monday to Sunday in the team's time zone)")
        @NotBlank @Pattern(regexp = "\\d{4}-W\\d{2}", message = "must be an ISO week such as 2026-W49") String isoWeek) {
}
