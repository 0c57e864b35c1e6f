package care.rondo.bench;

import care.rondo.solver.RosterSolverConfig;
import java.time.Duration;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * The product's solver configuration with benchmark terminations: the wall-clock limit is put on the solver, not only
 * on local search, so the construction heuristic of a large week cannot overrun {@code --seconds}; optional step or
 * score-calculation limits make short runs reproducible (tests). One solver thread, as the targets assume.
 */
final class BenchSolverConfig {

    private BenchSolverConfig() {
    }

    static SolverConfig create(BenchArgs args, boolean nearbySelection) {
        TerminationConfig localSearch = args.steps() == null ? new TerminationConfig()
                : new TerminationConfig().withStepCountLimit(args.steps());
        TerminationConfig solver = new TerminationConfig().withSpentLimit(Duration.ofSeconds(args.seconds()));
        if (args.evaluations() != null) {
            solver.setScoreCalculationCountLimit(args.evaluations());
        }
        return RosterSolverConfig.create(localSearch, EnvironmentMode.REPRODUCIBLE, nearbySelection)
                .withTerminationConfig(solver);
    }
}
