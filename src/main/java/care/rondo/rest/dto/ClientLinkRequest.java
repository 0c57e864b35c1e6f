package care.rondo.rest.dto;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClientLinkRequest")
public record ClientLinkRequest(
        @Schema(description = "the relative the link is for (shown in the view's greeting); absent = the client")
        @Size(max = 80) String relativeName,
        @Schema(description = "whoever holds the link may change the client's wishes; absent = false")
        Boolean mayEditWishes) {

    public boolean allowsWishes() {
        return Boolean.TRUE.equals(mayEditWishes);
    }
}
