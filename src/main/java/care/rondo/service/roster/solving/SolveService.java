package care.rondo.service.roster.solving;

import care.rondo.domain.Roster;
import care.rondo.domain.SolverStatus;
import care.rondo.planning.NurseShift;
import care.rondo.planning.PlanningVisit;
import care.rondo.planning.VisitRoster;
import care.rondo.service.ConflictException;
import care.rondo.service.InvalidInputException;
import care.rondo.service.TeamGuard;
import care.rondo.service.roster.lifecycle.RosterService;
import care.rondo.service.roster.problem.PlanningMapper;
import care.rondo.service.roster.problem.RosterLoader;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Requests, runs, watches and stops solves. A request is a durable job ({@link SolveQueue}, db-scheduler on the
 * application's PostgreSQL) that any instance with a free solver slot takes; the stored roster is the truth (solver
 * status, lease, best score, heartbeat), so any instance can report on a solve and stop it.
 *
 * <p>Three kinds of thread, and none of them ever waits on another without a bound:
 * <ul>
 *   <li>solver threads (the job engine's executor, {@code rondo.solver.parallel-solvers} of them, see
 *       {@link SolverThreads}) claim a job's lease, run OptaPlanner's {@link Solver} directly, put each new best
 *       into the {@link SolveJob}, and when the solve is over wait for its end to be recorded before the job
 *       completes;</li>
 *   <li>the limits thread ({@code rondo-solve-limits}) touches memory only: it raises a solver's terminate flag when
 *       a limit passes or a stop was asked for, and is the watchdog that gives up on a solve still running
 *       {@code rondo.solver.watchdog-grace} after its deadline;</li>
 *   <li>the writer thread ({@code rondo-solve-writer}) is the only one that writes a run's proposals and end:
 *       throttled progress and heartbeats (which renew the lease), the final proposal, failures, hand-overs at
 *       shutdown, and the sweep of rosters left solving without a job.</li>
 * </ul>
 * OptaPlanner's SolverManager is not used: its {@code terminateEarly} waits for the job's final consumer, and in
 * 10.2 that consumer can wait forever on a semaphore permit lost in a race between its two consumer paths (issue 11).
 */
@ApplicationScoped
public class SolveService {

    private static final Logger LOG = Logger.getLogger(SolveService.class);
    private static final Duration TICK = Duration.ofMillis(200);
    private static final int CONFLICT_RETRIES = 5;

    @Inject
    SolverFactory<VisitRoster> solverFactory;

    @Inject
    org.optaplanner.core.api.solver.SolutionManager<VisitRoster,
            org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore> solutionManager;

    @Inject
    SolverSettings settings;

    @Inject
    RosterLoader loader;

    @Inject
    SolutionStore store;

    @Inject
    SolveQueue queue;

    @Inject
    SolveMetrics metrics;

    @Inject
    TeamGuard guard;

    @Inject
    RosterService rosters;

    @Inject
    care.rondo.routing.RoutingService routing;

    @Inject
    Clock clock;

    /**
     * Elapsed time of runs (limits, watchdog, write throttling, durations) on a monotonic tick: the injected
     * {@link Clock} dates what is stored, and a test may stop it at a moment of its choosing.
     */
    private static Instant tick() {
        return TICK_ORIGIN.plusNanos(System.nanoTime() - NANO_ORIGIN);
    }

    private static final long NANO_ORIGIN = System.nanoTime();
    // a day past the epoch: after every "never" (Instant.EPOCH) the runs start from
    private static final Instant TICK_ORIGIN = Instant.EPOCH.plus(Duration.ofDays(1));

    /** Runs on this instance, from the claim of their job until their end is recorded. */
    private final Map<Long, SolveJob> jobs = new ConcurrentHashMap<>();
    private volatile Instant nextStaleSweep = Instant.EPOCH;
    private volatile boolean stopping;
    private ScheduledExecutorService limits;
    private ScheduledExecutorService writer;

    void onStart(@Observes StartupEvent event) {
        releaseStale();
        limits = Executors.newSingleThreadScheduledExecutor(daemon("rondo-solve-limits"));
        writer = Executors.newSingleThreadScheduledExecutor(daemon("rondo-solve-writer"));
        limits.scheduleWithFixedDelay(this::enforceLimits, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
        writer.scheduleWithFixedDelay(this::write, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
        queue.start(this::execute);
    }

    /**
     * Gives every run back to the queue: solvers get {@code rondo.solver.shutdown-grace} to return their best,
     * which is written and the job requeued with the time it has left, for another instance (or this one after a
     * restart) to continue. A solver that does not return in time keeps its job picked until its heartbeats stop,
     * and then another instance revives it. Never waits on a solver without a bound.
     */
    void onStop(@Observes ShutdownEvent event) {
        if (writer == null) {
            return;
        }
        stopping = true;
        long until = System.nanoTime() + settings.shutdownGrace().toNanos();
        try {
            while (!jobs.isEmpty() && System.nanoTime() < until) {
                // again and again: a solver that was still loading resets the terminate flag when it starts
                jobs.values().forEach(SolveJob::handOver);
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        queue.stop();
        limits.shutdownNow();
        writer.shutdownNow();
    }

    /** Queues a solve (202); 409 when it already solves or is accepted. */
    public Roster start(long teamId, long rosterId, Integer seconds, Integer unimprovedSeconds, String actor) {
        guard.requirePlan(teamId);
        Roster roster = rosters.get(teamId, rosterId);
        if (rosters.countVisits(roster.id, false) == 0) {
            // OptaPlanner refuses an empty value range; and there is nothing to propose
            throw new ConflictException("Roster " + rosterId + " has no visits to plan: add care plans first");
        }
        if (!routing.readyForSolving()) {
            // planning on straight lines while a map is configured would be a silent guess: wait for the map
            throw new ConflictException("Roster " + rosterId + " cannot be solved yet: " + routing.detail());
        }
        Duration spent = limit("seconds", seconds, settings.defaultSpent());
        Duration unimproved = limit("unimprovedSeconds", unimprovedSeconds, settings.unimproved());
        // the request's identity, at the database's precision so that it compares equal when read back
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (!store.markScheduled(roster.id, new SolveOrder(now, spent, unimproved), actor)) {
            throw new ConflictException("Roster " + rosterId + " is already being solved or is accepted");
        }
        return store.fresh(roster.id);
    }

    /**
     * Asks a solve to stop without waiting for it. Run here: it writes its best solution and ends NOT_SOLVING.
     * Queued or run elsewhere: it ends NOT_SOLVING at once with its last written proposal, its job leaves the
     * queue, and the instance running it has its next write refused and ends.
     */
    public Roster stop(long teamId, long rosterId, String actor) {
        guard.requirePlan(teamId);
        Roster roster = rosters.get(teamId, rosterId);
        if (roster.solverStatus == SolverStatus.NOT_SOLVING) {
            return roster;
        }
        store.recordStopRequest(roster.id, actor);
        SolveJob job = jobs.get(roster.id);
        if (job != null && job.requestedAt.equals(roster.solveRequestedAt)) {
            job.requestStop();
        } else {
            store.stopElsewhere(roster.id);
        }
        return store.fresh(roster.id);
    }

    /** The roster's place in the cluster's queue (1 = next), empty when it does not wait. */
    public OptionalInt queuePosition(Roster roster) {
        return roster.solverStatus == SolverStatus.SCHEDULED ? queue.position(roster.id) : OptionalInt.empty();
    }

    private Duration limit(String field, Integer seconds, Duration fallback) {
        if (seconds == null) {
            return fallback.compareTo(settings.maxSpent()) > 0 ? settings.maxSpent() : fallback;
        }
        if (seconds < 1 || seconds > settings.maxSpent().toSeconds()) {
            throw new InvalidInputException(field, "must be between 1 and " + settings.maxSpent().toSeconds());
        }
        return Duration.ofSeconds(seconds);
    }

    /**
     * A job, on one of the engine's solver threads: take the roster's lease, solve, wait for the writer to record
     * the end, then let the engine remove the job (or requeue it: handed over, busy elsewhere, end not written).
     */
    CompletionHandler<SolveOrder> execute(TaskInstance<SolveOrder> instance, ExecutionContext context) {
        long rosterId = Long.parseLong(instance.getId());
        SolveOrder order = instance.getData();
        if (stopping) {
            return requeueAt(queue.now());
        }
        SolutionStore.Claim claim = store.claim(rosterId, order, queue.instanceName(), settings.staleAfter());
        switch (claim.outcome()) {
            case GONE:
                return new CompletionHandler.OnCompleteRemove<>();
            case BUSY:
                // the lease's dates are the service clock's; the job's the engine's
                return requeueAt(queue.now().plus(Duration.between(clock.instant(), claim.retryAt())));
            default:
                break;
        }
        SolveJob job = new SolveJob(rosterId, order.requestedAt(), claim.lease(), claim.remaining(),
                order.unimproved());
        SolveJob previous = jobs.put(rosterId, job);
        if (previous != null) {
            previous.leaseLost(); // an older run of this roster here, its end not yet recorded: it lost the lease
        }
        metrics.started();
        run(job);
        Thread.interrupted(); // the watchdog may have interrupted this thread; the wait below must not see it
        try {
            while (!job.awaitRecorded(Duration.ofSeconds(1))) {
                if (writer.isShutdown()) {
                    return requeueAt(queue.now()); // not recorded: the next claim continues from the last proposal
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return requeueAt(queue.now());
        }
        return job.requeued() ? requeueAt(queue.now()) : new CompletionHandler.OnCompleteRemove<>();
    }

    private static CompletionHandler<SolveOrder> requeueAt(Instant when) {
        return (complete, operations) -> operations.reschedule(complete, when);
    }

    /** A solver thread's part of a run: load (the stored proposal is the warm start), solve, hand over. */
    private void run(SolveJob job) {
        if (!job.begin(tick())) {
            return; // stopped between the claim and now
        }
        try {
            VisitRoster problem = PlanningMapper.toPlanning(loader.load(job.rosterId), false, routing.travelTimes());
            if (nothingToChange(problem)) {
                // e.g. a re-plan nothing forces open (a client's visit cancelled): a solver would only try moves its
                // filter refuses until a time limit ended it; the roster as it stands, timed and scored, is the answer
                solutionManager.update(problem);
                job.improved(problem, tick());
                job.finished(problem);
                return;
            }
            Solver<VisitRoster> solver = solverFactory.buildSolver();
            solver.addEventListener(event -> job.improved(event.getNewBestSolution(), tick()));
            job.solving(solver);
            job.finished(solver.solve(problem));
        } catch (Throwable e) {
            job.failed(e);
        }
    }

    /**
     * Whether a solver could change nothing: every nurse-day is locked (the team's locks, or the days a re-plan need
     * not touch) and every visit already has its place, in a route or in the unassigned bucket, so there is nothing
     * to construct and no move the pin filter would let through.
     */
    static boolean nothingToChange(VisitRoster problem) {
        if (!problem.getShifts().stream().allMatch(NurseShift::isLocked)) {
            return false;
        }
        Set<PlanningVisit> placed = Collections.newSetFromMap(new IdentityHashMap<>());
        problem.getShifts().forEach(shift -> placed.addAll(shift.getVisits()));
        placed.addAll(problem.getUnassigned().getVisits());
        return placed.containsAll(problem.getVisits());
    }

    /** The limits thread: memory only, never blocks. */
    void enforceLimits() {
        Instant now = tick();
        jobs.values().forEach(job -> {
            job.enforceLimits(now);
            if (job.abandonIfOverdue(now, settings.watchdogGrace())) {
                LOG.warnf("Watchdog: roster %d was still solving %d s past its deadline; ending it with its "
                        + "newest best solution", job.rosterId, settings.watchdogGrace().toSeconds());
            }
        });
    }

    /** The writer thread: every write of every run on this instance, and the stale sweep. */
    void write() {
        Instant now = tick();
        if (now.isAfter(nextStaleSweep)) {
            nextStaleSweep = now.plus(settings.staleSweep());
            try {
                releaseStale();
            } catch (RuntimeException e) {
                LOG.warnf(e, "Could not sweep stale solves; will retry");
            }
        }
        jobs.values().forEach(job -> {
            try {
                if (job.state().ended()) {
                    record(job);
                } else if (job.progressDue(now, settings.persistInterval())) {
                    writeProgress(job, now);
                }
            } catch (RuntimeException e) {
                LOG.warnf(e, "Could not record progress of roster %d; will retry", job.rosterId);
            }
        });
    }

    private void writeProgress(SolveJob job, Instant now) {
        VisitRoster best = job.takeUnwritten();
        try {
            if (!store.writeProgress(job.rosterId, job.requestedAt, job.lease, best)) {
                // stopped from another instance, or taken over: end here too, and write nothing more
                LOG.infof("Roster %d no longer solves this run here; stopping its solver", job.rosterId);
                job.leaseLost();
                return;
            }
            if (best != null) {
                metrics.proposal(best);
            }
            job.wrote(now);
        } catch (RuntimeException e) {
            if (best != null) {
                job.restoreUnwritten(best);
            }
            if (!isConflict(e)) {
                throw e;
            }
            // an override committed in between: the next tick writes again over fresh rows
        }
    }

    /** Writes how a run ended, then lets its job complete. An end that cannot be written requeues the job. */
    private void record(SolveJob job) {
        try {
            if (job.lostLease()) {
                metrics.handedOver();
            } else if (job.handingOver() && job.state() != SolveJob.State.FAILED) {
                handOver(job);
            } else {
                recordEnd(job);
            }
        } catch (RuntimeException e) {
            job.requeue();
            LOG.warnf(e, "Could not record the end of roster %d's run; its job goes back to the queue", job.rosterId);
        } finally {
            jobs.remove(job.rosterId, job);
            Instant started = job.startedAt();
            metrics.ended(started == null ? Duration.ZERO : Duration.between(started, tick()));
            job.recorded();
        }
    }

    private void handOver(SolveJob job) {
        VisitRoster best = job.result() != null ? job.result() : job.latest();
        if (store.handOver(job.rosterId, job.requestedAt, job.lease, best, job.remaining(tick()),
                settings.staleAfter())) {
            job.requeue();
        }
        metrics.handedOver();
    }

    private void recordEnd(SolveJob job) {
        switch (job.state()) {
            case FINISHED -> writeFinal(job, job.result(), null);
            case OVERDUE -> giveUp(job, "ended by the watchdog: still solving " + settings.watchdogGrace().toSeconds()
                    + " s after its deadline; the newest best solution is kept");
            case CANCELLED -> {
                store.markFailed(job.rosterId, job.requestedAt, job.lease, "stopped before it started");
                metrics.failed();
            }
            case FAILED -> {
                LOG.errorf(job.error(), "Solving roster %d failed", job.rosterId);
                store.markFailed(job.rosterId, job.requestedAt, job.lease,
                        "solver failed: " + job.error().getClass().getSimpleName());
                metrics.failed();
            }
            default -> throw new IllegalStateException("not ended: " + job.state());
        }
    }

    /** Ends a solve without a final solution from its solver: its newest best is its proposal, if it has one. */
    private void giveUp(SolveJob job, String note) {
        VisitRoster latest = job.latest();
        if (latest == null) {
            store.markFailed(job.rosterId, job.requestedAt, job.lease, note);
            metrics.failed();
        } else {
            writeFinal(job, latest, note);
        }
    }

    /** The final proposal; retried only when an override committed in between (its visit is pinned then). */
    private void writeFinal(SolveJob job, VisitRoster best, String note) {
        for (int attempt = 1; ; attempt++) {
            try {
                if (store.writeFinal(job.rosterId, job.requestedAt, job.lease, best, note)) {
                    metrics.finished(best);
                }
                return;
            } catch (RuntimeException e) {
                if (!isConflict(e) || attempt == CONFLICT_RETRIES) {
                    throw e;
                }
                LOG.debugf("Retrying the final write of roster %d after a concurrent change", job.rosterId);
            }
        }
    }

    static boolean isConflict(Throwable e) {
        return isConflict(e, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
    }

    // causes and suppressed exceptions of a failed commit refer back to each other: visit each once
    private static boolean isConflict(Throwable e, java.util.Set<Throwable> seen) {
        if (e == null || !seen.add(e)) {
            return false;
        }
        if (e instanceof OptimisticLockException || e instanceof StaleStateException) {
            return true;
        }
        for (Throwable suppressed : e.getSuppressed()) {
            if (isConflict(suppressed, seen)) {
                return true;
            }
        }
        return isConflict(e.getCause(), seen);
    }

    /** Rosters left solving without a job (see {@link SolutionStore#releaseStale}), at start and every sweep. */
    private void releaseStale() {
        int recovered = store.releaseStale(settings.staleAfter());
        if (recovered > 0) {
            LOG.infof("Released %d roster(s) left solving without a job", recovered);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
