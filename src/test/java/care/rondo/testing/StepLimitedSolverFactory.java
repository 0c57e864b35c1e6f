package care.rondo.testing;

import care.rondo.planning.VisitRoster;
import care.rondo.solver.RosterSolverConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * Solves through the API that end on a step count: the construction heuristic places every visit, then local search
 * stops after {@link #STEPS} steps, so a loaded machine changes how long a solve takes, never what it finds (tests
 * ask for time limits far beyond it). Selected by {@link StepLimitedSolving} only.
 */
@Alternative
@ApplicationScoped
public class StepLimitedSolverFactory {

    public static final int STEPS = 400;

    @Produces
    @Singleton
    @Alternative
    SolverFactory<VisitRoster> solverFactory() {
        return SolverFactory.create(RosterSolverConfig.create(new TerminationConfig().withStepCountLimit(STEPS),
                EnvironmentMode.REPRODUCIBLE, true));
    }
}
