package care.rondo.service.roster.solving;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Server limits for solving; a request may ask for less time, never more. */
@ConfigMapping(prefix = "rondo.solver")
public interface SolverSettings {

    /** Time a solve gets when the request names none. */
    @WithDefault("PT30S")
    Duration defaultSpent();

    /** The most a request may ask for. */
    @WithDefault("PT10M")
    Duration maxSpent();

    /** Stop early when the best score has not improved for this long (a request may ask for less). */
    @WithDefault("PT15S")
    Duration unimproved();

    /** How many rosters solve at the same time on this instance (each on one thread); more wait, SCHEDULED. */
    @WithDefault("2")
    int parallelSolvers();

    /** Improved solutions are written at most this often (and always at the end). */
    @WithDefault("PT2S")
    Duration persistInterval();

    /** REPRODUCIBLE in production; FULL_ASSERT to hunt score corruption (very slow). */
    @WithDefault("REPRODUCIBLE")
    org.optaplanner.core.config.solver.EnvironmentMode environmentMode();

    /**
     * OptaPlanner's multithreaded incremental solving ({@code moveThreadCount}): NONE (one thread per roster), AUTO,
     * or a number of move threads each roster's solve uses on top of its solver thread. Pays off on large rosters
     * only; env {@code RONDO_SOLVER_MOVE_THREADS}.
     */
    @WithDefault("NONE")
    String moveThreadCount();

    /**
     * A SOLVING roster whose heartbeat is older than this was left by a stopped instance: its lease has lapsed and
     * another instance may take the job over (solves beat every {@code persist-interval}).
     */
    @WithDefault("PT20S")
    Duration staleAfter();

    /** How often an idle instance looks in the job table for a waiting solve (a request also wakes its own). */
    @WithDefault("PT1S")
    Duration jobPollInterval();

    /** How often an instance tells the job table it still runs its jobs. */
    @WithDefault("PT5S")
    Duration jobHeartbeat();

    /** After this many missed job heartbeats another instance revives the job (and then takes its lease). */
    @WithDefault("4")
    int jobMissedHeartbeats();

    /** How often a running instance looks for rosters left solving without a job (nothing will end them). */
    @WithDefault("PT15S")
    Duration staleSweep();

    /** The watchdog ends (and records) a solve still running this long after its deadline. */
    @WithDefault("PT5S")
    Duration watchdogGrace();

    /**
     * At shutdown, solvers get this long to return their best; their jobs then go back to the queue with the time
     * they have left, and any still running are revived by another instance once their heartbeats stop.
     */
    @WithDefault("PT5S")
    Duration shutdownGrace();
}
