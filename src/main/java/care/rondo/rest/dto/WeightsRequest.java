package care.rondo.rest.dto;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

@Schema(name = "WeightsRequest")
public record WeightsRequest(
        @Schema(description = "soft constraint name → weight (0 switches it off); others keep their weight")
        @NotNull Map<String, Long> weights,
        @Schema(description = "the version read; If-Match works too") Long version) {
}
