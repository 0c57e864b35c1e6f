package care.rondo.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "ClientLink", description = "The client view's secret link; the URLs are shown once, keep them private")
public record ClientLinkView(
        @Schema(description = "the page to give the client or relative (the token is in the fragment)") String pageUrl,
        @Schema(description = "the same view as JSON") String apiUrl,
        @Schema(description = "the relative the link was given to; null when it is the client's own")
        String relativeName,
        @Schema(description = "whoever holds the link may change the client's wishes") boolean mayEditWishes,
        Instant createdAt) {
}
