package care.rondo.service.roster.solving;

import care.rondo.domain.Roster;
import care.rondo.domain.RosterEvent;
import care.rondo.domain.RosterStatus;
import care.rondo.domain.SolverStatus;
import care.rondo.domain.Visit;
import care.rondo.planning.VisitRoster;
import care.rondo.service.roster.problem.WeekClock;
import care.rondo.service.roster.solving.SolveOrder;
import care.rondo.service.roster.solving.SolveQueue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Every write of the solving flow, each in its own transaction so a solver thread never holds one open and a
 * failure leaves the last written best solution whole.
 *
 * <p>The roster row is the solve's lease. A request moves it from NOT_SOLVING to SCHEDULED together with its job
 * (so two requests cannot both queue); an instance that picks the job {@link #claim claims} it, raising
 * {@code solve_lease}; and every later write names the request and lease it serves and changes nothing once they
 * are not the roster's any more (stopped elsewhere, or taken over after this instance was thought dead). A claim
 * succeeds only on a SCHEDULED roster or over a heartbeat older than {@code rondo.solver.stale-after}, under the
 * row's lock: the database lets one live instance at a time solve a roster.
 */
@ApplicationScoped
public class SolutionStore {

    /** The least time a taken-over solve gets, so that it ends with a proposal of its own even past its deadline. */
    static final Duration MIN_REMAINING = Duration.ofSeconds(1);

    @Inject
    StoredRoutes routes;

    @Inject
    SolveQueue queue;

    @Inject
    Clock clock;

    @Inject
    EntityManager entityManager;

    /** What an instance that picked a job may do with it. */
    record Claim(Outcome outcome, long lease, Duration remaining, Instant retryAt) {
        enum Outcome { CLAIMED, BUSY, GONE }

        static Claim gone() {
            return new Claim(Outcome.GONE, 0, Duration.ZERO, null);
        }
    }

    /** Queues a solve: false (and nothing stored) when the roster already solves or is accepted. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean markScheduled(long rosterId, SolveOrder order, String actor) {
        Instant now = order.requestedAt();
        Instant deadline = now.plus(order.spent());
        boolean claimed = Roster.update("solverStatus = ?1, solveRequestedAt = ?2, solveDeadline = ?3, "
                        + "solveHeartbeatAt = ?2, solveStartedAt = null, solveEndedAt = null, solveError = null, "
                        + "solveInstance = null where id = ?4 and solverStatus = ?5 and status not in ?6",
                SolverStatus.SCHEDULED, now, deadline, rosterId, SolverStatus.NOT_SOLVING,
                RosterStatus.PUBLISHED) == 1;
        if (claimed) {
            queue.enqueue(rosterId, order);
            Roster roster = Roster.findById(rosterId);
            RosterEvent.record(roster.teamId, rosterId, "SOLVE_REQUESTED", actor, null,
                    Map.of("deadline", deadline));
        }
        return claimed;
    }

    /**
     * Takes the lease of a picked job for {@code instance}. GONE: the request is no longer the roster's (stopped,
     * or ended before its job was removed), drop the job. BUSY: a live instance still holds the lease, try again
     * at {@code retryAt}. CLAIMED: solve for {@code remaining}, the whole limit for a queued request, the time it
     * had left at its last heartbeat for a taken-over one.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Claim claim(long rosterId, SolveOrder order, String instance, Duration staleAfter) {
        Instant now = clock.instant();
        Roster roster = Roster.findById(rosterId, LockModeType.PESSIMISTIC_WRITE);
        if (roster == null || roster.solverStatus == SolverStatus.NOT_SOLVING
                || !order.requestedAt().equals(roster.solveRequestedAt)) {
            return Claim.gone();
        }
        Duration remaining = order.spent();
        Instant started = now;
        if (roster.solverStatus == SolverStatus.SOLVING) {
            Instant beat = roster.solveHeartbeatAt;
            if (beat != null && beat.isAfter(now.minus(staleAfter))) {
                return new Claim(Claim.Outcome.BUSY, 0, Duration.ZERO, beat.plus(staleAfter));
            }
            if (beat != null && roster.solveDeadline != null) {
                remaining = Duration.between(beat, roster.solveDeadline);
            }
            started = roster.solveStartedAt == null ? now : roster.solveStartedAt;
        }
        if (remaining.compareTo(MIN_REMAINING) < 0) {
            remaining = MIN_REMAINING;
        }
        long lease = roster.solveLease + 1;
        Roster.update("solverStatus = ?1, solveInstance = ?2, solveLease = ?3, solveStartedAt = ?4, "
                        + "solveDeadline = ?5, solveHeartbeatAt = ?6 where id = ?7", SolverStatus.SOLVING, instance,
                lease, started, now.plus(remaining), now, rosterId);
        return new Claim(Claim.Outcome.CLAIMED, lease, remaining, null);
    }

    /** Who stopped a solve early, for the roster's history. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordStopRequest(long rosterId, String actor) {
        Roster roster = Roster.findById(rosterId);
        RosterEvent.record(roster.teamId, rosterId, "SOLVE_STOPPED", actor, null, Map.of());
    }

    /**
     * Stops a solve this instance does not run: the roster ends solving with its last written proposal, a waiting
     * job leaves the queue, and the instance running it (if any) has its next write refused and ends.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void stopElsewhere(long rosterId) {
        Roster.update("solverStatus = ?1, solveEndedAt = ?2, solveError = ?3 where id = ?4 and solverStatus <> ?1",
                SolverStatus.NOT_SOLVING, clock.instant(), "stopped", rosterId);
        queue.cancelQueued(rosterId);
    }

    /** Ends a run without a new proposal; nothing when the roster no longer serves this run. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markFailed(long rosterId, Instant requestedAt, long lease, String reason) {
        if (owned(rosterId, requestedAt, lease)) {
            Roster.update("solverStatus = ?1, solveEndedAt = ?2, solveError = ?3 where id = ?4",
                    SolverStatus.NOT_SOLVING, clock.instant(), reason, rosterId);
        }
    }

    /**
     * Heartbeat, plus the newest best solution when there is one. False when the roster no longer solves this run
     * (stopped from another instance, or taken over): then nothing is written and the solve should end.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean writeProgress(long rosterId, Instant requestedAt, long lease, VisitRoster best) {
        if (!owned(rosterId, requestedAt, lease)) {
            return false;
        }
        if (best != null) {
            writeSolution(rosterId, best);
        }
        Roster.update("solveHeartbeatAt = ?1 where id = ?2", clock.instant(), rosterId);
        return true;
    }

    /**
     * The run's last proposal; the roster becomes PROPOSED and ends solving, with {@code note} as its solve error
     * (null for a normal end). False, and nothing written, when the roster no longer serves this run.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean writeFinal(long rosterId, Instant requestedAt, long lease, VisitRoster best, String note) {
        if (!owned(rosterId, requestedAt, lease)) {
            return false;
        }
        Roster roster = Roster.findById(rosterId);
        writeSolution(rosterId, best);
        if (best.getScore() != null) {
            RosterEvent.record(roster.teamId, rosterId, "SOLVE_FINISHED", "solver", null,
                    Map.of("score", best.getScore().toString()));
        }
        Roster.update("solverStatus = ?1, solveEndedAt = ?2, solveError = ?3, "
                        + "status = case when status = ?4 then ?5 else status end where id = ?6",
                SolverStatus.NOT_SOLVING, clock.instant(), note, RosterStatus.DRAFT, RosterStatus.PROPOSED, rosterId);
        return true;
    }

    /**
     * A run this instance gives back at shutdown: its newest best is written as progress, and the lease is dated
     * as lapsed now with the run's remaining time kept ({@link #claim} reads deadline minus heartbeat), so another
     * instance may continue at once from this proposal.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean handOver(long rosterId, Instant requestedAt, long lease, VisitRoster best, Duration remaining,
                            Duration staleAfter) {
        if (!owned(rosterId, requestedAt, lease)) {
            return false;
        }
        if (best != null) {
            writeSolution(rosterId, best);
        }
        Instant lapsed = clock.instant().minus(staleAfter);
        Roster.update("solveHeartbeatAt = ?1, solveDeadline = ?2 where id = ?3", lapsed, lapsed.plus(remaining),
                rosterId);
        return true;
    }

    /** Locks the roster row (serialising with a request, a stop or a claim) and tells whether this run owns it. */
    private boolean owned(long rosterId, Instant requestedAt, long lease) {
        Roster roster = Roster.findById(rosterId, LockModeType.PESSIMISTIC_WRITE);
        return roster != null && roster.solverStatus != SolverStatus.NOT_SOLVING
                && requestedAt.equals(roster.solveRequestedAt) && roster.solveLease == lease;
    }

    /** The roster as stored now, read in a fresh persistence context (after conditional updates). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Roster fresh(long rosterId) {
        return Roster.findById(rosterId);
    }

    /**
     * Releases rosters left solving without a job (nothing would ever end them: a job given up on after its
     * retries, or a solve from before the job table). Rosters with a job are left to the job engine, which revives
     * a dead instance's jobs for another instance.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int releaseStale(Duration staleAfter) {
        Instant now = clock.instant();
        return entityManager.createNativeQuery("update roster set solver_status = 'NOT_SOLVING', solve_ended_at = ?1, "
                        + "solve_error = ?2 where solver_status <> 'NOT_SOLVING' "
                        + "and (solve_heartbeat_at is null or solve_heartbeat_at < ?3) and not exists (select 1 from "
                        + "scheduled_tasks job where job.task_name = ?4 and job.task_instance = cast(roster.id as text))")
                .setParameter(1, now)
                .setParameter(2, "interrupted: the solving instance stopped; the last saved proposal is kept")
                .setParameter(3, now.minus(staleAfter))
                .setParameter(4, SolveQueue.TASK)
                .executeUpdate();
    }

    private void writeSolution(long rosterId, VisitRoster best) {
        Roster roster = Roster.findById(rosterId);
        if (roster == null || roster.status.isPublished()) {
            return;
        }
        WeekClock week = WeekClock.of(roster.weekStart, ZoneId.of(roster.timeZone));
        Map<Long, SolutionWriter.Assignment> assignments = SolutionWriter.assignments(best, week);
        // A visit pinned since the solve began is the team's decision: the solver's answer for it is dropped.
        List<Visit> visits = Visit.list("rosterId = ?1 and pinned = false", rosterId);
        SolutionWriter.apply(assignments, visits);
        routes.retime(rosterId); // pinned visits kept their place: time the routes around them again
        HardMediumSoftLongScore score = best.getScore();
        if (score != null) {
            Roster.update("bestScore = ?1, bestScoreAt = ?2, feasible = ?3 where id = ?4", score.toString(),
                    clock.instant(), score.isFeasible(), rosterId);
        }
    }
}
