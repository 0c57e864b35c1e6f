package care.rondo.service.roster.lifecycle;

import care.rondo.domain.Roster;
import care.rondo.domain.RosterEvent;
import care.rondo.domain.Visit;
import care.rondo.service.ConflictException;
import care.rondo.service.InvalidInputException;
import care.rondo.service.TeamGuard;
import care.rondo.service.roster.lifecycle.RosterService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * When reality changes after acceptance, a re-plan starts a new draft from the accepted roster: everything
 * before the freeze time is fixed as it was, the team's pins stay, and every visit remembers its accepted
 * nurse and start so that the solver keeps changes small ("Changed nurse", "Moved start", "Newly unassigned"). The
 * draft starts from the accepted routes: only visits whose nurse no longer works then are left to place. Visits can be cancelled or added on the draft.
 */
@ApplicationScoped
public class ReplanService {

    @jakarta.inject.Inject
    java.time.Clock clock;

    @Inject
    TeamGuard guard;

    @Inject
    RosterService rosters;

    @Transactional
    public Roster replan(long teamId, long acceptedRosterId, Instant freezeAt, String actor) {
        guard.requirePlan(teamId);
        Roster accepted = rosters.getForChange(teamId, acceptedRosterId);
        if (!accepted.status.isInForce()) {
            throw new ConflictException("Only the accepted roster of a week can be re-planned");
        }
        long open = Roster.countOpen(teamId, accepted.weekStart);
        if (open > 0) {
            throw new ConflictException("Week " + accepted.isoWeek + " already has a re-plan in progress");
        }
        Instant freeze = freezeAt == null ? clock.instant() : freezeAt;
        Roster draft = new Roster();
        draft.teamId = teamId;
        draft.weekStart = accepted.weekStart;
        draft.isoWeek = accepted.isoWeek;
        draft.timeZone = accepted.timeZone;
        draft.createdBy = actor;
        draft.basedOnRosterId = accepted.id;
        draft.freezeAt = freeze;
        draft.bestScore = accepted.bestScore;
        draft.feasible = accepted.feasible;
        draft.persist();
        Map<Long, Long> newIds = new HashMap<>();
        List<Visit> copies = new ArrayList<>();
        for (Visit original : Visit.<Visit>list("rosterId = ?1 order by id", accepted.id)) {
            Visit copy = copy(original, draft.id, freeze, actor);
            copy.persist();
            newIds.put(original.id, copy.id);
            copies.add(copy);
        }
        copies.stream().filter(c -> c.linkedVisitId != null).forEach(c -> c.linkedVisitId = newIds.get(c.linkedVisitId));
        // visits the client said were not needed, and the team agreed: cancelled in every re-plan from now on
        java.util.Set<Long> notNeeded = care.rondo.domain.CancellationRequest.confirmedLineages(
                copies.stream().map(c -> c.lineageId).toList());
        copies.stream().filter(c -> !c.frozen && !c.cancelled && notNeeded.contains(c.lineageId)).forEach(c -> {
            c.cancelled = true;
            c.cancelReason = "not needed, the client says";
            c.nurseId = null;
            c.plannedStart = null;
            c.plannedEnd = null;
            c.routeIndex = null;
        });
        accepted.needsReplan = false;
        RosterEvent.record(teamId, draft.id, "REPLAN_STARTED", actor, null,
                Map.of("basedOnRosterId", accepted.id, "freezeAt", freeze));
        return draft;
    }

    private Visit copy(Visit o, long rosterId, Instant freeze, String actor) {
        Visit c = new Visit();
        c.rosterId = rosterId;
        c.teamId = o.teamId;
        c.clientId = o.clientId;
        c.carePlanId = o.carePlanId;
        c.visitDate = o.visitDate;
        c.earliestStart = o.earliestStart;
        c.latestStart = o.latestStart;
        c.durationMinutes = o.durationMinutes;
        c.minLevel = o.minLevel;
        c.skills = new ArrayList<>(o.skills);
        c.priority = o.priority;
        c.linkKind = o.linkKind;
        c.linkedVisitId = o.linkedVisitId;
        c.gapMinMinutes = o.gapMinMinutes;
        c.gapMaxMinutes = o.gapMaxMinutes;
        c.part = o.part;
        c.cancelled = o.cancelled;
        c.cancelReason = o.cancelReason;
        c.oneOff = o.oneOff;
        c.lineageId = o.lineageId == null ? o.id : o.lineageId;
        c.previousNurseId = o.nurseId;
        c.previousStart = o.plannedStart;
        c.nurseId = o.nurseId;
        c.plannedStart = o.plannedStart;
        c.plannedEnd = o.plannedEnd;
        c.routeIndex = o.routeIndex;
        c.pinned = o.pinned;
        c.pinnedStart = o.pinnedStart;
        c.pinnedBy = o.pinnedBy;
        c.pinnedAt = o.pinnedAt;
        c.pinReason = o.pinReason;
        boolean started = o.plannedStart != null && o.plannedStart.isBefore(freeze)
                || o.plannedStart == null && o.latestStart.isBefore(freeze);
        if (started) {
            // it has happened (or is happening): it stays exactly as it was
            c.frozen = true;
            c.pinned = true;
            c.pinnedStart = o.plannedStart;
            c.pinnedBy = actor;
            c.pinnedAt = clock.instant();
            c.pinReason = "before the re-plan's freeze time";
        }
        return c;
    }

    @Transactional
    public Visit cancelVisit(long teamId, long rosterId, long visitId, long expectedVersion, String reason,
                             String actor) {
        Visit visit = editableVisit(teamId, rosterId, visitId, expectedVersion);
        visit.cancelled = true;
        visit.cancelReason = reason;
        visit.nurseId = null;
        visit.plannedStart = null;
        visit.plannedEnd = null;
        visit.routeIndex = null;
        RosterEvent.record(teamId, rosterId, "VISIT_CANCELLED", actor, visitId,
                reason == null ? Map.of() : Map.of("reason", reason));
        return visit;
    }

    /** A one-off visit (an extra wound check): its own identity, planned by the next solve. */
    @Transactional
    public Visit addOneOff(long teamId, long rosterId, long expectedVersion, Visit visit, String actor) {
        guard.requirePlan(teamId);
        Roster roster = editableRoster(teamId, rosterId, expectedVersion);
        if (visit.visitDate.isBefore(roster.weekStart) || visit.visitDate.isAfter(roster.weekStart.plusDays(6))) {
            throw new InvalidInputException("date", "must lie in the roster's week " + roster.isoWeek);
        }
        if (care.rondo.domain.Client.find("id = ?1 and teamId = ?2 and archived = false", visit.clientId, teamId)
                .firstResult() == null) {
            throw new InvalidInputException("clientId", "names no active client of this team");
        }
        visit.rosterId = rosterId;
        visit.teamId = teamId;
        visit.oneOff = true;
        visit.persist();
        visit.lineageId = visit.id;
        RosterEvent.record(teamId, rosterId, "VISIT_ADDED", actor, visit.id, Map.of("clientId", visit.clientId));
        return visit;
    }

    private Visit editableVisit(long teamId, long rosterId, long visitId, long expectedVersion) {
        guard.requirePlan(teamId);
        editableRoster(teamId, rosterId, expectedVersion);
        Visit visit = Visit.find("id = ?1 and rosterId = ?2", visitId, rosterId).firstResult();
        if (visit == null) {
            throw new care.rondo.service.NotFoundException("Visit", visitId);
        }
        if (visit.frozen) {
            throw new ConflictException("Visit " + visitId + " lies before the re-plan's freeze time");
        }
        return visit;
    }

    private Roster editableRoster(long teamId, long rosterId, long expectedVersion) {
        Roster roster = rosters.get(teamId, rosterId);
        if (roster.status.isPublished()) {
            throw new ConflictException("Roster " + rosterId + " is accepted and cannot change; re-plan it instead");
        }
        care.rondo.service.Versions.check("Roster " + rosterId, roster.version, expectedVersion, roster);
        roster.updatedAt = clock.instant();
        return roster;
    }
}
