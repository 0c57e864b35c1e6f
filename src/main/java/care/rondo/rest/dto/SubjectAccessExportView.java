package care.rondo.rest.dto;

import care.rondo.service.client.SubjectAccessService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Schema(name = "SubjectAccessExport", description = "everything Rondo holds about one client (GDPR art. 15), "
        + "and nothing of any other client")
public record SubjectAccessExportView(Instant exportedAt, ClientView client, List<CarePlanView> carePlans,
                                      @Schema(description = "null when none were recorded") ClientWishesView wishes,
                                      List<ExportedVisit> visits, List<ExportedLink> links,
                                      List<ClientLinkAccessView> linkAccesses,
                                      List<CancellationRequestView> cancellationRequests) {

    @Schema(name = "ExportedVisit")
    public record ExportedVisit(long visitId, long rosterId, String isoWeek, String rosterStatus, LocalDate date,
                                Instant plannedStart, Instant plannedEnd, String nurseFirstName, boolean cancelled,
                                String cancelReason) {
    }

    @Schema(name = "ExportedLink")
    public record ExportedLink(long id, String relativeName, boolean mayEditWishes, Instant createdAt,
                               Instant revokedAt) {
    }

    private static Instant s(Instant instant) {
        return instant == null ? null : instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    public static SubjectAccessExportView of(SubjectAccessService.Export e) {
        return new SubjectAccessExportView(e.exportedAt(), ClientView.of(e.client(), true),
                e.carePlans().stream().map(CarePlanView::of).toList(),
                e.wishes() == null ? null : ClientWishesView.of(e.wishes()),
                e.visits().stream().map(h -> new ExportedVisit(h.visit().id, h.visit().rosterId,
                        h.roster() == null ? null : h.roster().isoWeek,
                        h.roster() == null ? null : h.roster().status.name(), h.visit().visitDate,
                        s(h.visit().plannedStart), s(h.visit().plannedEnd), h.nurseFirstName(), h.visit().cancelled,
                        h.visit().cancelReason)).toList(),
                e.links().stream().map(l -> new ExportedLink(l.id, l.relativeName, l.mayEditWishes, s(l.createdAt),
                        s(l.revokedAt)))
                        .toList(),
                e.linkAccesses().stream().map(ClientLinkAccessView::of).toList(),
                e.cancellationRequests().stream().map(CancellationRequestView::of).toList());
    }
}
