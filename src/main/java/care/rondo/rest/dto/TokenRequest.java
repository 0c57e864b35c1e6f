package care.rondo.rest.dto;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TokenRequest")
public record TokenRequest(@NotBlank String username, @NotBlank String password) {
}
