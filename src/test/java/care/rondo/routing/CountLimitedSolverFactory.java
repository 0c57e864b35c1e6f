package care.rondo.routing;

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
 * Solves through the API end on a step count or a score-calculation count, not on time, so that a loaded machine
 * changes how long a test takes, never what it finds. Selected by {@link LiechtensteinMapProfile} only.
 */
@Alternative
@ApplicationScoped
public class CountLimitedSolverFactory {

    static final int STEPS = 300;
    /** Construction included; a loaded machine starves the solver thread, so the whole solve is bounded too. */
    static final long SCORE_CALCULATIONS = 10_000;

    @Produces
    @Singleton
    @Alternative
    SolverFactory<VisitRoster> solverFactory() {
        return SolverFactory.create(RosterSolverConfig.create(new TerminationConfig().withStepCountLimit(STEPS),
                EnvironmentMode.REPRODUCIBLE, true)
                .withTerminationConfig(new TerminationConfig().withScoreCalculationCountLimit(SCORE_CALCULATIONS)));
    }
}
