package care.rondo.rest.dto;

import care.rondo.domain.CancellationRequest;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "NotNeeded", description = "the request as the client sees it; the team answers it")
public record NotNeededView(long visitId, @Schema(enumeration = {"OPEN"}) String status, Instant requestedAt) {

    public static NotNeededView of(CancellationRequest request) {
        return new NotNeededView(request.lineageId, request.status, request.requestedAt);
    }
}
