package care.rondo.service.client;

import care.rondo.domain.CancellationRequest;
import care.rondo.domain.CarePlan;
import care.rondo.domain.Client;
import care.rondo.domain.ClientLink;
import care.rondo.domain.ClientLinkAccess;
import care.rondo.domain.ClientWishes;
import care.rondo.domain.Nurse;
import care.rondo.domain.Roster;
import care.rondo.domain.RosterEvent;
import care.rondo.domain.Visit;
import care.rondo.service.NotFoundException;
import care.rondo.service.NotPermittedException;
import care.rondo.service.TeamGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A GDPR subject-access export of one client: everything Rondo holds about her (her record, care plans, wishes,
 * visits in every roster, her links, their audit, her requests), and nothing of any other client. Members of her
 * team only; the export itself is recorded in the team's history (who, when, which client; no content).
 */
@ApplicationScoped
public class SubjectAccessService {

    @Inject
    TeamGuard guard;

    @Inject
    Clock clock;

    @Inject
    care.rondo.security.CurrentUser user;

    @Inject
    CancellationRequestService requests;

    /** Her visit with the roster it belongs to and the nurse's first name. */
    public record HerVisit(Visit visit, Roster roster, String nurseFirstName) {
    }

    public record Export(Instant exportedAt, Client client, List<CarePlan> carePlans, ClientWishes wishes,
                         List<HerVisit> visits, List<ClientLink> links, List<ClientLinkAccess> linkAccesses,
                         List<CancellationRequestService.Listed> cancellationRequests) {
    }

    @Transactional
    public Export export(long teamId, long clientId) {
        guard.plannable(teamId);
        if (!guard.maySeeClientNotes(teamId)) {
            throw new NotPermittedException("Only members of the client's team export her data");
        }
        Client client = Client.findInTeam(teamId, clientId).orElseThrow(() -> new NotFoundException("Client", clientId));
        List<Visit> visits = Visit.list("clientId = ?1 and teamId = ?2 order by visitDate, id", clientId, teamId);
        Map<Long, Roster> rosters = new HashMap<>();
        if (!visits.isEmpty()) {
            Roster.<Roster>list("id in ?1", visits.stream().map(v -> v.rosterId).distinct().toList())
                    .forEach(r -> rosters.put(r.id, r));
        }
        Map<Long, String> nurses = Nurse.<Nurse>list("teamId", teamId).stream()
                .collect(Collectors.toMap(n -> n.id, n -> ClientLinkService.firstName(n.name)));
        List<ClientLink> links = ClientLink.list("clientId = ?1 order by id", clientId);
        List<ClientLinkAccess> accesses = links.isEmpty() ? List.of()
                : ClientLinkAccess.list("linkId in ?1 order by id", links.stream().map(l -> l.id).toList());
        List<CancellationRequestService.Listed> asked = CancellationRequest.<CancellationRequest>list(
                "clientId = ?1 order by id", clientId).stream().map(requests::listed).toList();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        RosterEvent.record(teamId, null, "SUBJECT_ACCESS_EXPORT", user.username(), null,
                Map.of("clientId", clientId));
        return new Export(now, client, CarePlan.list("clientId = ?1 order by id", clientId),
                ClientWishesService.stored(clientId).orElse(null),
                visits.stream().map(v -> new HerVisit(v, rosters.get(v.rosterId),
                        v.nurseId == null ? null : nurses.get(v.nurseId))).toList(),
                links, accesses, asked);
    }
}
