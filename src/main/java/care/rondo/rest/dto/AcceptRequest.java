package care.rondo.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AcceptRequest")
public record AcceptRequest(
        @Schema(description = "the roster version reviewed; required unless If-Match is sent") Long rosterVersion,
        @Schema(description = "accept although hard rules are broken (the team knows better)") boolean confirmBrokenHardRules) {
}
