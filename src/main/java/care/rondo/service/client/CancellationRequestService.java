package care.rondo.service.client;

import care.rondo.domain.CancellationRequest;
import care.rondo.domain.Client;
import care.rondo.domain.ClientLinkAccess;
import care.rondo.domain.Roster;
import care.rondo.domain.RosterEvent;
import care.rondo.domain.RosterStatus;
import care.rondo.domain.Visit;
import care.rondo.export.ExportRow;
import care.rondo.service.ConflictException;
import care.rondo.service.FieldErrors;
import care.rondo.service.NotFoundException;
import care.rondo.service.NotPermittedException;
import care.rondo.service.TeamGuard;
import care.rondo.service.roster.lifecycle.RosterService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "This visit is not needed": the client or her relative asks through the client view; the team sees the request
 * in its event feed and its list of open requests, and confirms or declines it. A confirmed one flags the accepted
 * roster for a re-plan (as a nurse's absence does), cancels the visit in a re-plan already in progress, and every
 * later re-plan copies the visit cancelled; the client view no longer shows it.
 */
@ApplicationScoped
public class CancellationRequestService {

    public static final int REASON_MAX = 300;

    @Inject
    ClientLinkService links;

    @Inject
    TeamGuard guard;

    @Inject
    RosterService rosters;

    @Inject
    care.rondo.security.CurrentUser user;

    @Inject
    Clock clock;

    /** A request with the client's name, for the team. */
    public record Listed(CancellationRequest request, String clientName, String requestedBy, Instant plannedStart) {
    }

    /** From the client view: {@code visitId} is the lineage the view shows. 404 for a visit not in her view. */
    @Transactional
    public CancellationRequest request(String token, long visitId, String reason) {
        ClientLinkService.Opened opened = links.open(token, ClientLinkAccess.CANCELLATION_REQUEST);
        FieldErrors errors = new FieldErrors();
        String text = reason == null ? "" : reason.trim();
        if (text.isEmpty()) {
            errors.add("reason", "must say briefly why the visit is not needed");
        } else if (text.length() > REASON_MAX) {
            errors.add("reason", "must be at most " + REASON_MAX + " characters");
        }
        errors.throwIfAny();
        ExportRow row = links.visibleVisits(opened).stream().filter(r -> r.lineageId() == visitId).findFirst()
                .orElseThrow(() -> new NotFoundException("Visit", visitId));
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        if (!row.start().isAfter(now)) {
            throw new ConflictException("This visit has already begun; please call the team");
        }
        if (CancellationRequest.count("lineageId = ?1 and status = ?2", visitId, CancellationRequest.OPEN) > 0) {
            throw new ConflictException("This visit already has a request the team has not answered yet");
        }
        Visit visit = Visit.findById(row.visitId());
        CancellationRequest request = new CancellationRequest();
        request.teamId = opened.client().teamId;
        request.clientId = opened.client().id;
        request.linkId = opened.link().id;
        request.rosterId = visit.rosterId;
        request.visitId = visit.id;
        request.lineageId = visitId;
        request.visitDate = row.date();
        request.reason = text;
        request.requestedAt = now;
        request.persist();
        // the feed says that and where, not why: the reason is the client's own words, for her team only
        RosterEvent.record(request.teamId, visit.rosterId, "CANCELLATION_REQUESTED", "client-link:" + opened.link().id,
                visit.id, Map.of("requestId", request.id, "clientId", request.clientId,
                        "visitDate", request.visitDate.toString()));
        return request;
    }

    /**
     * The team's requests, newest first; members only (the reasons are the client's words). {@code status} and
     * {@code isoWeek} ("2026-W50": the visit falls in that week, as the planning board shows it) narrow the list.
     */
    @Transactional
    public List<Listed> list(long teamId, String status, String isoWeek) {
        guard.readable(teamId);
        if (!guard.maySeeClientNotes(teamId)) {
            throw new NotPermittedException("Only members of the team read its clients' requests");
        }
        FieldErrors errors = new FieldErrors();
        if (status != null && !List.of(CancellationRequest.OPEN, CancellationRequest.CONFIRMED,
                CancellationRequest.DECLINED).contains(status)) {
            errors.add("status", "must be OPEN, CONFIRMED or DECLINED");
        }
        LocalDate monday = isoWeek == null ? null : monday(isoWeek);
        if (isoWeek != null && monday == null) {
            errors.add("week", "must be an ISO week like 2026-W50");
        }
        errors.throwIfAny();
        StringBuilder query = new StringBuilder("teamId = :team");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("team", teamId);
        if (status != null) {
            query.append(" and status = :status");
            parameters.put("status", status);
        }
        if (monday != null) {
            query.append(" and visitDate between :monday and :sunday");
            parameters.put("monday", monday);
            parameters.put("sunday", monday.plusDays(6));
        }
        List<CancellationRequest> requests = CancellationRequest.list(query + " order by id desc", parameters);
        return requests.stream().map(this::listed).toList();
    }

    /** The Monday of an ISO week ("2026-W50"), or null when it names no week. */
    private static LocalDate monday(String isoWeek) {
        if (!isoWeek.matches("\\d{4}-W\\d{2}")) {
            return null;
        }
        try {
            return LocalDate.parse(isoWeek + "-1", DateTimeFormatter.ISO_WEEK_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Transactional
    public Listed decide(long teamId, long requestId, boolean confirm) {
        guard.plannable(teamId);
        CancellationRequest request = CancellationRequest.<CancellationRequest>find("id = ?1 and teamId = ?2",
                requestId, teamId).firstResultOptional()
                .orElseThrow(() -> new NotFoundException("Cancellation request", requestId));
        if (!CancellationRequest.OPEN.equals(request.status)) {
            throw new ConflictException("This request was already " + request.status.toLowerCase(), listed(request));
        }
        String actor = user.username();
        request.status = confirm ? CancellationRequest.CONFIRMED : CancellationRequest.DECLINED;
        request.decidedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        request.decidedBy = actor;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("requestId", request.id);
        details.put("clientId", request.clientId);
        details.put("visitDate", request.visitDate.toString());
        if (!confirm) {
            RosterEvent.record(teamId, request.rosterId, "CANCELLATION_DECLINED", actor, request.visitId, details);
            return listed(request);
        }
        Roster accepted = acceptedHolding(teamId, request);
        if (accepted != null) {
            Roster.update("needsReplan = true where id = ?1", accepted.id);
            RosterEvent.record(teamId, accepted.id, "CANCELLATION_CONFIRMED", actor, request.visitId, details);
            cancelInReplanInProgress(teamId, accepted, request, actor);
        } else {
            RosterEvent.record(teamId, request.rosterId, "CANCELLATION_CONFIRMED", actor, request.visitId, details);
        }
        return listed(request);
    }

    /** The accepted roster of the week whose visit carries the request's lineage. */
    private static Roster acceptedHolding(long teamId, CancellationRequest request) {
        return Roster.<Roster>find("teamId = ?1 and status = ?2 and id in (select v.rosterId from Visit v where "
                        + "v.lineageId = ?3 or v.id = ?3)", teamId, RosterStatus.ACCEPTED, request.lineageId)
                .firstResult();
    }

    private void cancelInReplanInProgress(long teamId, Roster accepted, CancellationRequest request, String actor) {
        Roster draft = Roster.<Roster>find("teamId = ?1 and basedOnRosterId = ?2 and status not in ?3", teamId,
                accepted.id, RosterStatus.PUBLISHED).firstResult();
        if (draft == null) {
            return;
        }
        rosters.getForChange(teamId, draft.id);
        Visit visit = Visit.<Visit>find("rosterId = ?1 and lineageId = ?2", draft.id, request.lineageId).firstResult();
        if (visit == null || visit.frozen || visit.cancelled) {
            return;
        }
        visit.cancelled = true;
        visit.cancelReason = "not needed, the client says";
        visit.nurseId = null;
        visit.plannedStart = null;
        visit.plannedEnd = null;
        visit.routeIndex = null;
        draft.updatedAt = clock.instant();
        RosterEvent.record(teamId, draft.id, "VISIT_CANCELLED", actor, visit.id,
                Map.of("reason", "not needed, the client says", "requestId", request.id));
    }

    Listed listed(CancellationRequest request) {
        Client client = Client.findById(request.clientId);
        care.rondo.domain.ClientLink link = care.rondo.domain.ClientLink.findById(request.linkId);
        Visit visit = Visit.findById(request.visitId);
        return new Listed(request, client.name, link == null || link.relativeName == null ? "the client"
                : link.relativeName, visit == null ? null : visit.plannedStart);
    }
}
