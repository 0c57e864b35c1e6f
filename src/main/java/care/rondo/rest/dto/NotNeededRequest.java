package care.rondo.rest.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NotNeededRequest", description = "the client or relative says a visit is not needed")
public record NotNeededRequest(
        @NotNull @Schema(description = "a visitId of the client view") Long visitId,
        @Schema(description = "in a few words why, e.g. \"I am at my daughter's on Sunday\"") @Size(max = 300)
        String reason) {
}
