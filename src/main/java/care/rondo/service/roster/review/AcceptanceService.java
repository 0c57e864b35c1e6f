package care.rondo.service.roster.review;

import care.rondo.domain.Roster;
import care.rondo.domain.RosterEvent;
import care.rondo.domain.RosterSnapshot;
import care.rondo.domain.RosterStatus;
import care.rondo.domain.SnapshotVisit;
import care.rondo.domain.SolverStatus;
import care.rondo.domain.Visit;
import care.rondo.service.ConflictException;
import care.rondo.service.TeamGuard;
import care.rondo.service.roster.analysis.RosterAnalysisService;
import care.rondo.service.roster.analysis.RosterKpis;
import care.rondo.service.roster.lifecycle.RosterService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Accepting publishes a roster: an immutable, numbered snapshot of its week (what nurses' views and exports
 * read). It is refused while solving, from a stale version, or with broken hard rules unless the team
 * explicitly confirms them.
 */
@ApplicationScoped
public class AcceptanceService {

    @jakarta.inject.Inject
    java.time.Clock clock;

    @Inject
    TeamGuard guard;

    @Inject
    RosterService rosters;

    @Inject
    RosterAnalysisService analysis;

    @Transactional
    public RosterSnapshot accept(long teamId, long rosterId, long expectedVersion, boolean confirmBrokenHardRules,
                                 String actor) {
        guard.requirePlan(teamId);
        Roster roster = rosters.getForChange(teamId, rosterId);
        if (roster.solverStatus != SolverStatus.NOT_SOLVING) {
            throw new ConflictException("Roster " + rosterId + " is being solved; stop solving before accepting it");
        }
        if (roster.status.isPublished()) {
            throw new ConflictException("Roster " + rosterId + " is already accepted");
        }
        care.rondo.service.Versions.check("Roster " + rosterId, roster.version, expectedVersion, roster);
        RosterKpis kpis = analysis.kpisForChange(teamId, rosterId);
        List<RosterKpis.ConstraintScore> broken = kpis.constraints().stream()
                .filter(c -> c.level() == care.rondo.planning.ScoreLevel.HARD && c.penalty() > 0).toList();
        if (!broken.isEmpty() && !confirmBrokenHardRules) {
            throw new ConflictException("The roster breaks hard rules: " + broken.stream()
                    .map(c -> c.constraint() + " (" + c.matches() + "×)").collect(Collectors.joining(", "))
                    + ". Fix them, or accept with confirmBrokenHardRules=true if the team knows better.");
        }
        int versionNumber = 1 + RosterSnapshot.<RosterSnapshot>find("teamId = ?1 and weekStart = ?2 order by versionNumber desc",
                roster.teamId, roster.weekStart).firstResultOptional().map(s -> s.versionNumber).orElse(0);
        Roster.update("status = ?1 where teamId = ?2 and weekStart = ?3 and status = ?4 and id <> ?5",
                RosterStatus.SUPERSEDED, roster.teamId, roster.weekStart, RosterStatus.ACCEPTED, roster.id);
        RosterSnapshot snapshot = new RosterSnapshot();
        snapshot.rosterId = roster.id;
        snapshot.teamId = roster.teamId;
        snapshot.weekStart = roster.weekStart;
        snapshot.versionNumber = versionNumber;
        snapshot.acceptedBy = actor;
        snapshot.acceptedAt = clock.instant();
        snapshot.score = kpis.score();
        snapshot.hardBroken = !broken.isEmpty();
        snapshot.persist();
        for (Visit v : Visit.<Visit>list("rosterId", roster.id)) {
            SnapshotVisit s = new SnapshotVisit();
            s.snapshotId = snapshot.id;
            s.visitId = v.id;
            s.lineageId = v.lineageId == null ? v.id : v.lineageId;
            s.clientId = v.clientId;
            s.nurseId = v.nurseId;
            s.visitDate = v.visitDate;
            s.plannedStart = v.plannedStart;
            s.plannedEnd = v.plannedEnd;
            s.routeIndex = v.routeIndex;
            s.durationMinutes = v.durationMinutes;
            s.linkKind = v.linkKind;
            s.linkedVisitId = v.linkedVisitId;
            s.cancelled = v.cancelled;
            s.persist();
        }
        roster.status = RosterStatus.ACCEPTED;
        roster.acceptedVersion = versionNumber;
        roster.acceptedBy = actor;
        roster.acceptedAt = snapshot.acceptedAt;
        roster.updatedAt = snapshot.acceptedAt;
        RosterEvent.record(teamId, rosterId, "ACCEPTED", actor, null, Map.of("versionNumber", versionNumber,
                "score", kpis.score(), "hardRulesBroken", !broken.isEmpty()));
        return snapshot;
    }
}
