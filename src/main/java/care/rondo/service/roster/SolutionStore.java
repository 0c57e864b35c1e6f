package care.rondo.service.roster;

import care.rondo.domain.Roster;
import care.rondo.domain.RosterEvent;
import care.rondo.domain.RosterStatus;
import care.rondo.domain.SolverStatus;
import care.rondo.domain.Visit;
import care.rondo.planning.VisitRoster;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
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
        // now is the request's identity (SolveJob.requestedAt): callers pass it at the database's precision
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

    /**
     * The job begins: false when its request is no longer the roster's (stopped or released meanwhile), and then
     * it must not solve.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean markSolving(long rosterId, Instant requestedAt, Duration spent) {
        Instant now = Instant.now();
        return Roster.update("solverStatus = ?1, solveStartedAt = ?2, solveDeadline = ?3, solveHeartbeatAt = ?2 "
                + "where id = ?4 and solveRequestedAt = ?5 and solverStatus <> ?6", SolverStatus.SOLVING, now,
                now.plus(spent), rosterId, requestedAt, SolverStatus.NOT_SOLVING) == 1;
    }

    /** Who stopped a solve early, for the roster's history. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordStopRequest(long rosterId, String actor) {
        Roster roster = Roster.findById(rosterId);
        RosterEvent.record(roster.teamId, rosterId, "SOLVE_STOPPED", actor, null, Map.of());
    }

    /** Ends a solve without a new proposal (any request: a stop of a solve this instance does not run). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markFailed(long rosterId, String reason) {
        Roster.update("solverStatus = ?1, solveEndedAt = ?2, solveError = ?3 where id = ?4",
                SolverStatus.NOT_SOLVING, Instant.now(), reason, rosterId);
    }

    /** Ends the solve of one request without a new proposal; nothing when the roster serves another request now. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markFailed(long rosterId, Instant requestedAt, String reason) {
        Roster.update("solverStatus = ?1, solveEndedAt = ?2, solveError = ?3 where id = ?4 and solveRequestedAt = ?5",
                SolverStatus.NOT_SOLVING, Instant.now(), reason, rosterId, requestedAt);
    }

    /**
     * Heartbeat, plus the newest best solution when there is one. False when the roster no longer solves this
     * request (stopped from another instance, or released): then nothing is written and the solve should end.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean writeProgress(long rosterId, Instant requestedAt, VisitRoster best) {
        if (!ownedSolving(rosterId, requestedAt)) {
            return false;
        }
        if (best != null) {
            writeSolution(rosterId, best);
        }
        Roster.update("solveHeartbeatAt = ?1 where id = ?2", Instant.now(), rosterId);
        return true;
    }

    /**
     * The solve's last proposal; the roster becomes PROPOSED and ends solving, with {@code note} as its solve
     * error (null for a normal end). Nothing when the roster serves another request by now.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean writeFinal(long rosterId, Instant requestedAt, VisitRoster best, String note) {
        Roster roster = Roster.findById(rosterId, LockModeType.PESSIMISTIC_WRITE);
        if (roster == null || !requestedAt.equals(roster.solveRequestedAt)) {
            return false;
        }
        writeSolution(rosterId, best);
        if (best.getScore() != null) {
            RosterEvent.record(roster.teamId, rosterId, "SOLVE_FINISHED", "solver", null,
                    Map.of("score", best.getScore().toString()));
        }
        Roster.update("solverStatus = ?1, solveEndedAt = ?2, solveError = ?3, "
                        + "status = case when status = ?4 then ?5 else status end where id = ?6",
                SolverStatus.NOT_SOLVING, Instant.now(), note, RosterStatus.DRAFT, RosterStatus.PROPOSED, rosterId);
        return true;
    }

    /** Locks the roster row (serialising with a new request or a stop) and tells whether it still solves this one. */
    private boolean ownedSolving(long rosterId, Instant requestedAt) {
        Roster roster = Roster.findById(rosterId, LockModeType.PESSIMISTIC_WRITE);
        return roster != null && roster.solverStatus != SolverStatus.NOT_SOLVING
                && requestedAt.equals(roster.solveRequestedAt);
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
