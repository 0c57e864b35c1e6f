package care.rondo.service.roster;

import care.rondo.domain.Roster;
import care.rondo.domain.SolverStatus;
import care.rondo.planning.VisitRoster;
import care.rondo.service.ConflictException;
import care.rondo.service.InvalidInputException;
import care.rondo.service.TeamGuard;
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

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Starts, watches and stops solves. The stored roster is the truth (solver status, best score, heartbeat), so any
 * instance can report on it and a crash leaves nothing that claims to be solving for long.
 *
 * <p>Three kinds of thread, and none of them ever waits on another:
 * <ul>
 *   <li>solver threads ({@code rondo-solver-N}, {@code rondo.solver.parallel-solvers} of them) run OptaPlanner's
 *       {@link Solver} directly; their only hand-over is to put the newest best solution into the {@link SolveJob};</li>
 *   <li>the limits thread ({@code rondo-solve-limits}) touches memory only: it raises a solver's terminate flag when
 *       a limit passes or a stop was asked for, and is the watchdog that gives up on a solve still running
 *       {@code rondo.solver.watchdog-grace} after its deadline;</li>
 *   <li>the writer thread ({@code rondo-solve-writer}) is the only one that writes a solve's proposals and ends:
 *       throttled progress and heartbeats, the final proposal, failures, and the sweep of stale rosters.</li>
 * </ul>
 * OptaPlanner's SolverManager is not used: its {@code terminateEarly} waits for the job's final consumer, and in
 * 10.2 that consumer can wait forever on a semaphore permit lost in a race between its two consumer paths — which
 * left the ticker that called it blocked for good (issue 11).
 */
@ApplicationScoped
public class SolveService {

    private static final Logger LOG = Logger.getLogger(SolveService.class);
    private static final Duration TICK = Duration.ofMillis(200);
    private static final int CONFLICT_RETRIES = 5;

    @Inject
    SolverFactory<VisitRoster> solverFactory;

    @Inject
    SolverSettings settings;

    @Inject
    RosterLoader loader;

    @Inject
    SolutionStore store;

    @Inject
    TeamGuard guard;

    @Inject
    RosterService rosters;

    @Inject
    care.rondo.routing.RoutingService routing;

    private final Map<Long, SolveJob> jobs = new ConcurrentHashMap<>();
    private volatile Instant nextStaleSweep = Instant.EPOCH;
    private ExecutorService solverThreads;
    private ScheduledExecutorService limits;
    private ScheduledExecutorService writer;

    void onStart(@Observes StartupEvent event) {
        releaseStale();
        solverThreads = Executors.newFixedThreadPool(settings.parallelSolvers(), new SolverThreads());
        limits = Executors.newSingleThreadScheduledExecutor(daemonThreads("rondo-solve-limits"));
        writer = Executors.newSingleThreadScheduledExecutor(daemonThreads("rondo-solve-writer"));
        limits.scheduleWithFixedDelay(this::enforceLimits, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
        writer.scheduleWithFixedDelay(this::write, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Stops every solve, waits a bounded time for solvers to return their best, writes what ended, and releases
     * the rest with their last written proposal; never waits on a solver without a bound.
     */
    void onStop(@Observes ShutdownEvent event) {
        if (solverThreads == null) {
            return;
        }
        limits.shutdownNow();
        writer.shutdownNow();
        solverThreads.shutdown();
        long until = System.nanoTime() + settings.shutdownGrace().toNanos();
        try {
            do {
                // again and again: a solver that was still loading resets the terminate flag when it starts
                jobs.values().forEach(SolveJob::requestStop);
            } while (!solverThreads.awaitTermination(100, TimeUnit.MILLISECONDS) && System.nanoTime() < until);
            writer.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        solverThreads.shutdownNow();
        jobs.values().forEach(job -> {
            try {
                if (job.state().ended()) {
                    record(job);
                } else {
                    giveUp(job, "interrupted: the solving instance shut down; the last saved proposal is kept");
                }
            } catch (RuntimeException e) {
                LOG.warnf(e, "Could not record the end of roster %d's solve at shutdown", job.rosterId);
            }
        });
        jobs.clear();
    }

    /** Starts solving (202); 409 when it already solves or is accepted. */
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
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (!store.markScheduled(roster.id, now, now.plus(spent), actor)) {
            throw new ConflictException("Roster " + rosterId + " is already being solved or is accepted");
        }
        SolveJob job = new SolveJob(roster.id, now, spent, unimproved);
        SolveJob previous = jobs.put(roster.id, job);
        if (previous != null) {
            // an older request of this roster, stopped through another instance and not yet ended here
            previous.requestStop();
        }
        try {
            solverThreads.execute(() -> run(job));
        } catch (RejectedExecutionException e) {
            jobs.remove(roster.id, job);
            store.markFailed(roster.id, now, "could not start: the instance is shutting down");
            throw new ConflictException("Roster " + rosterId + " cannot be solved now: the service is shutting down");
        }
        return store.fresh(roster.id);
    }

    /** Asks a solve to stop without waiting for it; it writes its best solution and ends NOT_SOLVING. */
    public Roster stop(long teamId, long rosterId, String actor) {
        guard.requirePlan(teamId);
        Roster roster = rosters.get(teamId, rosterId);
        if (roster.solverStatus != SolverStatus.NOT_SOLVING) {
            store.recordStopRequest(roster.id, actor);
        }
        SolveJob job = jobs.get(roster.id);
        if (job != null) {
            job.requestStop();
        } else if (roster.solverStatus != SolverStatus.NOT_SOLVING) {
            // solving on another instance (whose writer sees this at its next heartbeat and stops), or left by a crash
            store.markFailed(roster.id, "stopped");
        }
        return store.fresh(roster.id);
    }

    public boolean isSolvingHere(long rosterId) {
        return jobs.containsKey(rosterId);
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

    /** A solver thread's whole part: load, solve, hand over. It never writes a proposal. */
    private void run(SolveJob job) {
        if (!job.begin(Instant.now())) {
            return;
        }
        try {
            if (!store.markSolving(job.rosterId, job.requestedAt, job.spent)) {
                // stopped or released (through another instance) while queued
                job.cancelBeforeSolving();
                return;
            }
            VisitRoster problem = PlanningMapper.toPlanning(loader.load(job.rosterId), false, routing.travelTimes());
            Solver<VisitRoster> solver = solverFactory.buildSolver();
            solver.addEventListener(event -> job.improved(event.getNewBestSolution(), Instant.now()));
            job.solving(solver);
            job.finished(solver.solve(problem));
        } catch (Throwable e) {
            job.failed(e);
        }
    }

    /** The limits thread: memory only, never blocks. */
    void enforceLimits() {
        Instant now = Instant.now();
        jobs.values().forEach(job -> {
            job.enforceLimits(now);
            if (job.abandonIfOverdue(now, settings.watchdogGrace())) {
                LOG.warnf("Watchdog: roster %d was still solving %d s past its deadline; ending it with its "
                        + "newest best solution", job.rosterId, settings.watchdogGrace().toSeconds());
            }
        });
    }

    /** The writer thread: every write of every solve on this instance, and the stale sweep. */
    void write() {
        Instant now = Instant.now();
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
            if (!store.writeProgress(job.rosterId, job.requestedAt, best)) {
                // stopped from another instance, or released: end here too, and write nothing more
                LOG.infof("Roster %d no longer solves this request here; stopping its solver", job.rosterId);
                job.requestStop();
                return;
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

    /** Writes how a solve ended, then forgets it. */
    private void record(SolveJob job) {
        try {
            switch (job.state()) {
                case FINISHED -> writeFinal(job, job.result(), null);
                case OVERDUE -> giveUp(job, "ended by the watchdog: still solving " + settings.watchdogGrace().toSeconds()
                        + " s after its deadline; the newest best solution is kept");
                case CANCELLED -> store.markFailed(job.rosterId, job.requestedAt, "stopped before it started");
                case FAILED -> {
                    LOG.errorf(job.error(), "Solving roster %d failed", job.rosterId);
                    store.markFailed(job.rosterId, job.requestedAt,
                            "solver failed: " + job.error().getClass().getSimpleName());
                }
                default -> throw new IllegalStateException("not ended: " + job.state());
            }
        } finally {
            jobs.remove(job.rosterId, job);
        }
    }

    /** Ends a solve without a final solution from its solver: its newest best is its proposal, if it has one. */
    private void giveUp(SolveJob job, String note) {
        VisitRoster latest = job.latest();
        if (latest == null) {
            store.markFailed(job.rosterId, job.requestedAt, note);
        } else {
            writeFinal(job, latest, note);
        }
    }

    /** The final proposal; retried only when an override committed in between (its visit is pinned then). */
    private void writeFinal(SolveJob job, VisitRoster best, String note) {
        for (int attempt = 1; ; attempt++) {
            try {
                store.writeFinal(job.rosterId, job.requestedAt, best, note);
                return;
            } catch (RuntimeException e) {
                if (!isConflict(e) || attempt == CONFLICT_RETRIES) {
                    store.markFailed(job.rosterId, job.requestedAt,
                            "could not save the proposal: " + e.getClass().getSimpleName());
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

    /**
     * Rosters left SOLVING by an instance that stopped (a crash, a kill, a restart faster than the heartbeat goes
     * stale) are released at start and then every sweep: solves of running instances keep their heartbeats fresh.
     */
    private void releaseStale() {
        int recovered = store.releaseStale(settings.staleAfter(), jobs.keySet());
        if (recovered > 0) {
            LOG.infof("Released %d roster(s) left solving by a stopped instance", recovered);
        }
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name.endsWith("-") ? name + count.incrementAndGet() : name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
