package care.rondo.rest.dto;

import care.rondo.service.client.ClientLinkService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "ClientLinkState", description = "The client's live link, without its secret")
public record ClientLinkStateView(long linkId, String relativeName,
                                  @Schema(description = "whoever holds the link may change the client's wishes")
                                  boolean mayEditWishes,
                                  Instant createdAt,
                                  @Schema(description = "null until first opened") Instant lastOpenedAt,
                                  @Schema(description = "how often it was used") long opened) {

    public static ClientLinkStateView of(ClientLinkService.LinkState state) {
        return new ClientLinkStateView(state.link().id, state.link().relativeName, state.link().mayEditWishes,
                state.link().createdAt,
                state.lastOpenedAt(), state.opened());
    }
}
