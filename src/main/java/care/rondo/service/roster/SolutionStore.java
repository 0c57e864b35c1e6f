package care.rondo.service.roster;

import care.rondo.domain.Roster;
import care.rondo.domain.RosterEvent;
import care.rondo.domain.RosterStatus;
import care.rondo.domain.SolverStatus;
import care.rondo.domain.Visit;
import care.rondo.planning.VisitRoster;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Every write of the solving flow, each in its own transaction so a solver thread never holds one open and
 * a failure leaves the last written best solution whole. Solving state changes are conditional updates, so
 * two requests (or two instances) cannot both start solving one roster.
 */
@ApplicationScoped
public class SolutionStore {

    @jakarta.inject.Inject
    StoredRoutes routes;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean markScheduled(long rosterId, Instant now, Instant deadline, String actor) {
        boolean claimed = Roster.update("solverStatus = ?1, solveRequestedAt = ?2, solveDeadline = ?3, "
                        + "solveHeartbeatAt = ?2, solveStartedAt = null, solveEndedAt = null, solveError = null "
                        + "where id = ?4 and solverStatus = ?5 and status not in ?6",
                SolverStatus.SCHEDULED, now, deadline, rosterId, SolverStatus.NOT_SOLVING,
                List.of(RosterStatus.ACCEPTED, RosterStatus.SUPERSEDED)) == 1;
        if (claimed) {
            Roster roster = Roster.findById(rosterId);
            RosterEvent.record(roster.teamId, rosterId, "SOLVE_REQUESTED", actor, null,
                    Map.of("deadline", deadline.toString()));
        }
        return claimed;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markSolving(long rosterId, Duration spent) {
        Instant now = Instant.now();
        Roster.update("solverStatus = ?1, solveStartedAt = ?2, solveDeadline = ?3, solveHeartbeatAt = ?2 "
                + "where id = ?4", SolverStatus.SOLVING, now, now.plus(spent), rosterId);
    }

    /** Who stopped a solve early, for the roster's history. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordStopRequest(long rosterId, String actor) {
        Roster roster = Roster.findById(rosterId);
        RosterEvent.record(roster.teamId, rosterId, "SOLVE_STOPPED", actor, null, Map.of());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markFailed(long rosterId, String reason) {
        Roster.update("solverStatus = ?1, solveEndedAt = ?2, solveError = ?3 where id = ?4",
                SolverStatus.NOT_SOLVING, Instant.now(), reason, rosterId);
    }

    /** Heartbeat, plus the newest best solution when there is one. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void writeProgress(long rosterId, VisitRoster best) {
        if (best != null) {
            writeSolution(rosterId, best);
        }
        Roster.update("solveHeartbeatAt = ?1 where id = ?2 and solverStatus <> ?3", Instant.now(), rosterId,
                SolverStatus.NOT_SOLVING);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void writeFinal(long rosterId, VisitRoster best) {
        writeSolution(rosterId, best);
        Roster roster = Roster.findById(rosterId);
        if (roster != null && best.getScore() != null) {
            RosterEvent.record(roster.teamId, rosterId, "SOLVE_FINISHED", "solver", null,
                    Map.of("score", best.getScore().toString()));
        }
        Roster.update("solverStatus = ?1, solveEndedAt = ?2, status = case when status = ?3 then ?4 else status end "
                        + "where id = ?5", SolverStatus.NOT_SOLVING, Instant.now(), RosterStatus.DRAFT,
                RosterStatus.PROPOSED, rosterId);
    }

    /** The roster as stored now, read in a fresh persistence context (after conditional updates). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Roster fresh(long rosterId) {
        return Roster.findById(rosterId);
    }

    /** Releases rosters whose solving instance stopped sending heartbeats (a crash or a kill). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int releaseStale(Duration staleAfter, java.util.Set<Long> ownActive) {
        Instant now = Instant.now();
        // -1: an "in" list may not be empty
        List<Long> keep = ownActive.isEmpty() ? List.of(-1L) : List.copyOf(ownActive);
        return Roster.update("solverStatus = ?1, solveEndedAt = ?2, solveError = ?3 where solverStatus <> ?1 "
                        + "and (solveHeartbeatAt is null or solveHeartbeatAt < ?4) and id not in ?5",
                SolverStatus.NOT_SOLVING, now, "interrupted: the solving instance stopped; the last saved proposal "
                        + "is kept", now.minus(staleAfter), keep);
    }

    private void writeSolution(long rosterId, VisitRoster best) {
        Roster roster = Roster.findById(rosterId);
        if (roster == null || roster.status == RosterStatus.ACCEPTED || roster.status == RosterStatus.SUPERSEDED) {
            return;
        }
        WeekClock clock = WeekClock.of(roster.weekStart, ZoneId.of(roster.timeZone));
        Map<Long, SolutionWriter.Assignment> assignments = SolutionWriter.assignments(best, clock);
        // A visit pinned since the solve began is the team's decision: the solver's answer for it is dropped.
        List<Visit> visits = Visit.list("rosterId = ?1 and pinned = false", rosterId);
        SolutionWriter.apply(assignments, visits);
        routes.retime(rosterId); // pinned visits kept their place: time the routes around them again
        HardMediumSoftLongScore score = best.getScore();
        if (score != null) {
            Roster.update("bestScore = ?1, bestScoreAt = ?2, feasible = ?3 where id = ?4", score.toString(),
                    Instant.now(), score.isFeasible(), rosterId);
        }
    }
}
