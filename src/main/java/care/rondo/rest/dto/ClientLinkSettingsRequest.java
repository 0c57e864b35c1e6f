package care.rondo.rest.dto;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClientLinkSettingsRequest", description = "changes the live link without a new secret")
public record ClientLinkSettingsRequest(
        @Schema(description = "whoever holds the link may change the client's wishes (never the team's refusal)")
        @NotNull Boolean mayEditWishes) {
}
