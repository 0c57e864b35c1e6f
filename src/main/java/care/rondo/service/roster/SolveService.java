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
import org.jboss.logging.Logger;
import org.optaplanner.core.api.solver.SolverManager;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Starts, watches and stops solves. The stored roster is the truth (solver status, best score, heartbeat), so
 * any instance can report on it and a crash leaves nothing that claims to be solving for long. The only thing
 * this instance keeps for itself is the bookkeeping of the solves it runs: their limits and newest best
 * solution, written to the database at most every {@code persistInterval} and always at the end.
 */
@ApplicationScoped
public class SolveService {

    private static final Logger LOG = Logger.getLogger(SolveService.class);

    @Inject
    SolverManager<VisitRoster, Long> solverManager;

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

    private final Map<Long, ActiveSolve> active = new ConcurrentHashMap<>();
    private volatile Instant nextStaleSweep = Instant.EPOCH;
    private ScheduledExecutorService ticker;

    /** A solve's limits and its newest best solution not yet written. */
    static final class ActiveSolve {
        final Duration spent;
        final Duration unimproved;
        // set when a solver thread picks the job up: time waiting as SCHEDULED does not count
        volatile Instant startedAt;
        volatile Instant lastImprovement;
        volatile VisitRoster pending;
        volatile Instant lastWrite = Instant.EPOCH;

        ActiveSolve(Duration spent, Duration unimproved) {
            this.spent = spent;
            this.unimproved = unimproved;
        }

        void started() {
            startedAt = Instant.now();
        }

        /** The time limit counts from the start; the unimproved limit only once construction has finished. */
        boolean overLimits(Instant now) {
            return startedAt != null && (now.isAfter(startedAt.plus(spent))
                    || lastImprovement != null && now.isAfter(lastImprovement.plus(unimproved)));
        }
    }

    void onStart(@Observes StartupEvent event) {
        releaseStale();
        ticker = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "rondo-solve-ticker"));
        ticker.scheduleWithFixedDelay(this::tick, 200, 200, TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        active.keySet().forEach(solverManager::terminateEarly);
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
        Instant now = Instant.now();
        if (!store.markScheduled(roster.id, now, now.plus(spent), actor)) {
            throw new ConflictException("Roster " + rosterId + " is already being solved or is accepted");
        }
        ActiveSolve solve = new ActiveSolve(spent, unimproved);
        active.put(roster.id, solve);
        try {
            solverManager.solveAndListen(roster.id, id -> {
                store.markSolving(id, spent);
                VisitRoster problem = PlanningMapper.toPlanning(loader.load(id), false, routing.travelTimes());
                solve.started();
                return problem;
            }, best -> onBest(roster.id, best), last -> onFinal(roster.id, last), (id, error) -> onError(id, error));
        } catch (RuntimeException e) {
            active.remove(roster.id);
            store.markFailed(roster.id, "could not start: " + e.getClass().getSimpleName());
            throw e;
        }
        return store.fresh(roster.id);
    }

    /** Asks a running solve to stop; it writes its best solution and ends NOT_SOLVING. */
    public Roster stop(long teamId, long rosterId, String actor) {
        guard.requirePlan(teamId);
        Roster roster = rosters.get(teamId, rosterId);
        if (roster.solverStatus != SolverStatus.NOT_SOLVING) {
            store.recordStopRequest(roster.id, actor);
        }
        if (active.containsKey(roster.id)) {
            solverManager.terminateEarly(roster.id);
        } else if (roster.solverStatus != SolverStatus.NOT_SOLVING) {
            // solving on another instance, or left by a crash: stopping it here means releasing it
            store.markFailed(roster.id, "stopped");
        }
        return store.fresh(roster.id);
    }

    public boolean isSolvingHere(long rosterId) {
        return active.containsKey(rosterId);
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

    private void onBest(long rosterId, VisitRoster best) {
        ActiveSolve solve = active.get(rosterId);
        if (solve != null) {
            solve.pending = best;
            if (best.getVisits().stream().allMatch(v -> v.getShift() != null)) {
                solve.lastImprovement = Instant.now();
            }
        }
    }

    private void onFinal(long rosterId, VisitRoster finalBest) {
        ActiveSolve solve = active.remove(rosterId);
        Object lock = solve == null ? new Object() : solve;
        synchronized (lock) {
            for (int attempt = 1; ; attempt++) {
                try {
                    store.writeFinal(rosterId, finalBest);
                    return;
                } catch (RuntimeException e) {
                    // an override committed in between: read again (its visit is pinned now, so skipped)
                    if (attempt == 3) {
                        throw e;
                    }
                    LOG.debugf("Retrying the final write of roster %d after a concurrent change", rosterId);
                }
            }
        }
    }

    private void onError(long rosterId, Throwable error) {
        active.remove(rosterId);
        LOG.errorf(error, "Solving roster %d failed", rosterId);
        store.markFailed(rosterId, "solver failed: " + error.getClass().getSimpleName());
    }

    /**
     * Rosters left SOLVING by an instance that stopped (a crash, a kill, a restart faster than the heartbeat goes
     * stale) are released at start and then every sweep: solves of running instances keep their heartbeats fresh.
     */
    private void releaseStale() {
        int recovered = store.releaseStale(settings.staleAfter(), active.keySet());
        if (recovered > 0) {
            LOG.infof("Released %d roster(s) left solving by a stopped instance", recovered);
        }
    }

    /** Enforces each solve's limits, writes throttled best solutions and heartbeats, and sweeps stale solves. */
    void tick() {
        Instant now = Instant.now();
        if (now.isAfter(nextStaleSweep)) {
            nextStaleSweep = now.plus(settings.staleSweep());
            try {
                releaseStale();
            } catch (RuntimeException e) {
                LOG.warnf(e, "Could not sweep stale solves; will retry");
            }
        }
        active.forEach((rosterId, solve) -> {
            try {
                if (solve.overLimits(now)) {
                    solverManager.terminateEarly(rosterId);
                }
                if (now.isAfter(solve.lastWrite.plus(settings.persistInterval()))) {
                    // never at the same time as the final write, which would then fail on stale versions
                    synchronized (solve) {
                        if (active.containsKey(rosterId)) {
                            VisitRoster pending = solve.pending;
                            solve.pending = null;
                            solve.lastWrite = now;
                            store.writeProgress(rosterId, pending);
                        }
                    }
                }
            } catch (RuntimeException e) {
                LOG.warnf(e, "Could not record progress of roster %d; will retry", rosterId);
            }
        });
    }
}
