package care.rondo.bench;

import care.rondo.solver.RosterSolverConfig;
import java.time.Duration;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * The product's solver configuration with benchmark terminations: the wall-clock limit is put on the solver, not only
 * on local search, so the construction heuristic of a large week cannot overrun {@code --seconds}; optional step or
 * score-calculation limits make short runs reproducible (tests). One solver thread, as the targets assume.
 * <p>
 * Local search acceptor: simulated annealing on the soft level unless {@code --temperature none}. Measured on
 * InstanzCPLEX_HCSRP_25_2 (300k score calculations): the default late acceptance stalls with one visit unassigned
 * (cost 666.6, gap 40%), annealing from 20 time units reaches the best-known 476.049. Hard and medium levels keep
 * temperature 0, so annealing never trades a broken rule or an unassigned visit for travel.
 */
final class BenchSolverConfig {

    private BenchSolverConfig() {
    }

    /** @param defaultSoftTemperature starting temperature in the kind's soft score units; null keeps the default */
    static SolverConfig create(BenchArgs args, boolean nearbySelection, Long defaultSoftTemperature) {
        TerminationConfig localSearch = args.steps() == null ? new TerminationConfig()
                : new TerminationConfig().withStepCountLimit(args.steps());
        // A budget of score calculations replaces the clock: with both, annealing cools by whichever limit is nearer,
        // and while the JVM warms up on a busy machine that can be the clock, so equal budgets gave different runs.
        TerminationConfig solver = args.evaluations() == null
                ? new TerminationConfig().withSpentLimit(Duration.ofSeconds(args.seconds()))
                : new TerminationConfig().withScoreCalculationCountLimit(args.evaluations());
        SolverConfig config = RosterSolverConfig.create(localSearch, EnvironmentMode.REPRODUCIBLE, nearbySelection)
                .withTerminationConfig(solver);
        String seed = args.options().get("seed");
        if (seed != null) {
            config.setRandomSeed(Long.valueOf(seed)); // one run per seed shows the spread a single figure hides
        }
        // OptaPlanner's multithreaded incremental solving: NONE (default), AUTO or a number of move threads
        config.setMoveThreadCount(args.options().getOrDefault("move-threads", SolverConfig.MOVE_THREAD_COUNT_NONE));
        String option = args.options().get("temperature");
        Long temperature = option == null ? defaultSoftTemperature
                : option.equals("none") ? null : Long.valueOf(option);
        if (temperature != null) {
            for (PhaseConfig<?> phase : config.getPhaseConfigList()) {
                if (phase instanceof LocalSearchPhaseConfig ls) {
                    ls.setAcceptorConfig(new LocalSearchAcceptorConfig()
                            .withSimulatedAnnealingStartingTemperature("0hard/0medium/" + temperature + "soft"));
                    ls.setForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
                }
            }
        }
        return config;
    }
}
