package care.rondo.rest.dto;

import care.rondo.domain.ClientLinkAccess;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "ClientLinkAccess", description = "one use of a client link: which link, when, what for")
public record ClientLinkAccessView(long id, long linkId, Instant at,
                                   @Schema(enumeration = {"VIEW", "CANCELLATION_REQUEST", "WISHES_VIEW", "WISHES_UPDATE"},
                                           description = "WISHES_UPDATE: an attempt to change her wishes, "
                                                   + "allowed or not") String action) {

    public static ClientLinkAccessView of(ClientLinkAccess access) {
        return new ClientLinkAccessView(access.id, access.linkId, access.accessedAt, access.action);
    }
}
