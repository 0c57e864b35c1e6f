package care.rondo.service.roster.review;

import care.rondo.domain.LockedNurseDay;
import care.rondo.domain.Nurse;
import care.rondo.domain.Roster;
import care.rondo.domain.RosterEvent;
import care.rondo.domain.RosterStatus;
import care.rondo.domain.Visit;
import care.rondo.service.ConflictException;
import care.rondo.service.InvalidInputException;
import care.rondo.service.Rehearsal;
import care.rondo.service.TeamGuard;
import care.rondo.service.roster.analysis.Explanation;
import care.rondo.service.roster.analysis.RosterAnalysisService;
import care.rondo.service.roster.analysis.RosterKpis;
import care.rondo.service.roster.lifecycle.RosterService;
import care.rondo.service.roster.solving.StoredRoutes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The team's overrides. Each one pins what it touches (the solver will not move it), is recorded with who,
 * when and why, and moves the roster's version so that a second editor working from an older version gets a
 * 409. After every override the roster's routes are timed again by the solver's own model ({@link StoredRoutes}):
 * positions 0, 1, 2, ... in time order, starts and ends as travel and windows make them. An override may break a
 * hard rule (the team knows things the model does not): the answer names every hard rule the touched visits
 * break and every hard match that appeared or grew anywhere, so a worse hard score is never reported as safe.
 * A what-if applies the same override in a transaction that is rolled back.
 */
@ApplicationScoped
public class OverrideService {

    @jakarta.inject.Inject
    java.time.Clock clock;

    @Inject
    TeamGuard guard;

    @Inject
    RosterService rosters;

    @Inject
    RosterAnalysisService analysis;

    @Inject
    StoredRoutes routes;

    @Inject
    Rehearsal rehearsal;

    public record Outcome(long rosterId, long rosterVersion, long eventId, List<Long> visitIds,
                          boolean breaksHardRules, List<Explanation.Impact> hardImpacts) {
    }

    public record WhatIf(RosterKpis.Summary before, RosterKpis.Summary after, RosterKpis.Delta delta,
                         boolean breaksHardRules, List<Explanation.Impact> hardImpacts) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome apply(long teamId, long rosterId, long expectedVersion, OverrideCommand command, String actor) {
        guard.requirePlan(teamId);
        rosters.getForChange(teamId, rosterId);
        RosterAnalysisService.Review before = analysis.review(teamId, rosterId, List.of());
        Applied applied = applyInTransaction(teamId, rosterId, expectedVersion, command, actor);
        RosterAnalysisService.Review after = analysis.review(teamId, rosterId, applied.visitIds());
        List<Explanation.Impact> hard = after.hardImpactsSince(before);
        Roster roster = Roster.findById(rosterId);
        return new Outcome(rosterId, roster.version, applied.event().id, applied.visitIds(), !hard.isEmpty(), hard);
    }

    public WhatIf preview(long teamId, long rosterId, OverrideCommand command, String actor) {
        guard.requirePlan(teamId);
        return rehearsal.rolledBack(() -> {
            Roster roster = rosters.getForChange(teamId, rosterId);
            RosterAnalysisService.Review before = analysis.review(teamId, rosterId, List.of());
            Applied applied = applyInTransaction(teamId, rosterId, roster.version, command, actor);
            RosterAnalysisService.Review after = analysis.review(teamId, rosterId, applied.visitIds());
            List<Explanation.Impact> hard = after.hardImpactsSince(before);
            return new WhatIf(before.kpis().summary(), after.kpis().summary(),
                    RosterKpis.Delta.between(before.kpis(), after.kpis()), !hard.isEmpty(), hard);
        });
    }

    private record Applied(RosterEvent event, List<Long> visitIds) {
    }

    private Applied applyInTransaction(long teamId, long rosterId, long expectedVersion, OverrideCommand command,
                                       String actor) {
        Roster roster = rosters.get(teamId, rosterId);
        if (roster.status.isPublished()) {
            throw new ConflictException("Roster " + rosterId + " is accepted and cannot change; re-plan it instead");
        }
        care.rondo.service.Versions.check("Roster " + rosterId, roster.version, expectedVersion, roster);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", command.kind().name());
        if (command.reason() != null) {
            details.put("reason", command.reason());
        }
        List<Long> touched = switch (command.kind()) {
            case MOVE -> move(roster, command, actor, details);
            case UNASSIGN -> unassign(roster, command, actor, details);
            case SWAP -> swap(roster, command, actor, details);
            case UNPIN -> unpin(roster, command, details);
            case LOCK_DAY -> lockDay(roster, command, actor, details, true);
            case UNLOCK_DAY -> lockDay(roster, command, actor, details, false);
        };
        Roster.getEntityManager().flush();
        routes.retime(rosterId); // every route as the solver's timing makes it: positions, starts, ends
        if (roster.status == RosterStatus.PROPOSED) {
            roster.status = RosterStatus.REVIEWED;
        }
        roster.updatedAt = clock.instant();
        RosterEvent event = RosterEvent.record(teamId, rosterId, "OVERRIDE", actor,
                touched.isEmpty() ? null : touched.get(0), details);
        return new Applied(event, touched);
    }

    private List<Long> move(Roster roster, OverrideCommand c, String actor, Map<String, Object> details) {
        Visit visit = visit(roster, c.visitId(), "visitId");
        Nurse nurse = nurse(roster, c.nurseId());
        Instant start = c.start();
        if (start != null && !start.atZone(java.time.ZoneId.of(roster.timeZone)).toLocalDate().equals(visit.visitDate)) {
            throw new InvalidInputException("start", "must be on the visit's day (" + visit.visitDate + ")");
        }
        details.put("fromNurseId", visit.nurseId);
        details.put("toNurseId", nurse.id);
        if (start != null) {
            details.put("start", start);
        }
        visit.nurseId = nurse.id;
        visit.plannedStart = start != null ? start : visit.plannedStart != null ? visit.plannedStart : visit.earliestStart;
        pin(visit, start, actor, c.reason()); // its end and place in her route: see StoredRoutes
        return List.of(visit.id);
    }

    private List<Long> unassign(Roster roster, OverrideCommand c, String actor, Map<String, Object> details) {
        Visit visit = visit(roster, c.visitId(), "visitId");
        details.put("fromNurseId", visit.nurseId);
        visit.nurseId = null;
        visit.plannedStart = null;
        visit.plannedEnd = null;
        visit.routeIndex = null;
        pin(visit, null, actor, c.reason());
        return List.of(visit.id);
    }

    private List<Long> swap(Roster roster, OverrideCommand c, String actor, Map<String, Object> details) {
        Visit a = visit(roster, c.visitId(), "visitId");
        Visit b = visit(roster, c.otherVisitId(), "otherVisitId");
        if (a.id.equals(b.id)) {
            throw new InvalidInputException("otherVisitId", "must be another visit");
        }
        details.put("otherVisitId", b.id);
        // each takes the other's place: nurse, and on the same day also the time that orders her route
        Long nurseA = a.nurseId;
        Instant startA = a.plannedStart;
        boolean sameDay = a.visitDate.equals(b.visitDate);
        a.nurseId = b.nurseId;
        b.nurseId = nurseA;
        if (sameDay) {
            a.plannedStart = b.plannedStart;
            b.plannedStart = startA;
        }
        for (Visit v : List.of(a, b)) {
            if (v.nurseId == null) {
                v.plannedStart = null;
                v.plannedEnd = null;
                v.routeIndex = null;
            } else if (v.plannedStart == null) {
                v.plannedStart = v.earliestStart;
            }
            pin(v, null, actor, c.reason());
        }
        return List.of(a.id, b.id);
    }

    private List<Long> unpin(Roster roster, OverrideCommand c, Map<String, Object> details) {
        Visit visit = visit(roster, c.visitId(), "visitId");
        if (visit.frozen) {
            throw new ConflictException("Visit " + visit.id + " lies before the re-plan's freeze time and stays as it was");
        }
        visit.pinned = false;
        visit.pinnedStart = null;
        visit.pinnedBy = null;
        visit.pinnedAt = null;
        visit.pinReason = null;
        return List.of(visit.id);
    }

    private List<Long> lockDay(Roster roster, OverrideCommand c, String actor, Map<String, Object> details,
                               boolean lock) {
        Nurse nurse = nurse(roster, c.nurseId());
        if (c.day() == null) {
            throw new InvalidInputException("day", "must be given to lock or unlock a nurse-day");
        }
        if (c.day().isBefore(roster.weekStart) || c.day().isAfter(roster.weekStart.plusDays(6))) {
            throw new InvalidInputException("day", "must lie in the roster's week");
        }
        details.put("nurseId", nurse.id);
        details.put("day", c.day().toString());
        LockedNurseDay existing = LockedNurseDay.find("rosterId = ?1 and nurseId = ?2 and day = ?3", roster.id,
                nurse.id, c.day()).firstResult();
        if (lock && existing == null) {
            LockedNurseDay locked = new LockedNurseDay();
            locked.rosterId = roster.id;
            locked.nurseId = nurse.id;
            locked.day = c.day();
            locked.lockedBy = actor;
            locked.reason = c.reason();
            locked.persist();
        } else if (!lock && existing != null) {
            existing.delete();
        }
        return Visit.<Visit>list("rosterId = ?1 and nurseId = ?2 and visitDate = ?3", roster.id, nurse.id, c.day())
                .stream().map(v -> v.id).toList();
    }

    private void pin(Visit visit, Instant start, String actor, String reason) {
        visit.pinned = true;
        visit.pinnedStart = start;
        visit.pinnedBy = actor;
        visit.pinnedAt = clock.instant();
        visit.pinReason = reason;
    }

    private static Visit visit(Roster roster, Long visitId, String field) {
        if (visitId == null) {
            throw new InvalidInputException(field, "must be given");
        }
        Visit visit = Visit.find("id = ?1 and rosterId = ?2", visitId, roster.id).firstResult();
        if (visit == null) {
            throw new InvalidInputException(field, "names no visit of this roster");
        }
        if (visit.cancelled) {
            throw new ConflictException("Visit " + visitId + " is cancelled");
        }
        return visit;
    }

    private static Nurse nurse(Roster roster, Long nurseId) {
        if (nurseId == null) {
            throw new InvalidInputException("nurseId", "must be given");
        }
        Nurse nurse = Nurse.find("id = ?1 and teamId = ?2", nurseId, roster.teamId).firstResult();
        if (nurse == null || nurse.archived) {
            throw new InvalidInputException("nurseId", "names no active nurse of this team");
        }
        return nurse;
    }
}
