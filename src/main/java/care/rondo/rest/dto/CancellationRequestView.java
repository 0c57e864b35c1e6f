package care.rondo.rest.dto;

import care.rondo.service.client.CancellationRequestService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;

@Schema(name = "CancellationRequest", description = "a client's or relative's request that a visit is not needed")
public record CancellationRequestView(long id, long clientId, String clientName,
                                      @Schema(description = "the relative's name, or \"the client\"")
                                      String requestedBy,
                                      @Schema(description = "the accepted roster and visit the request was made on")
                                      long rosterId, long visitId,
                                      @Schema(description = "the visit across re-plans") long lineageId,
                                      LocalDate date, Instant plannedStart, String reason,
                                      @Schema(enumeration = {"OPEN", "CONFIRMED", "DECLINED"}) String status,
                                      Instant requestedAt, Instant decidedAt, String decidedBy, long version) {

    public static CancellationRequestView of(CancellationRequestService.Listed l) {
        var r = l.request();
        return new CancellationRequestView(r.id, r.clientId, l.clientName(), l.requestedBy(), r.rosterId, r.visitId,
                r.lineageId, r.visitDate, l.plannedStart() == null ? null
                : l.plannedStart().truncatedTo(java.time.temporal.ChronoUnit.SECONDS), r.reason, r.status,
                r.requestedAt, r.decidedAt, r.decidedBy, r.version);
    }
}
