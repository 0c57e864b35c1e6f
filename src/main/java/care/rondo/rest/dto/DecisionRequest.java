package care.rondo.rest.dto;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DecisionRequest")
public record DecisionRequest(
        @NotNull @Schema(description = "true confirms (the visit is cancelled at the re-plan the roster is flagged "
                + "for), false declines (the visit stays)") Boolean confirm) {
}
