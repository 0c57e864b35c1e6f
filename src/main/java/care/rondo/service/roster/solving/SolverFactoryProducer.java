package care.rondo.service.roster.solving;

import care.rondo.planning.VisitRoster;
import care.rondo.service.roster.solving.SolveService;
import care.rondo.solver.RosterSolverConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * OptaPlanner without its Quarkus extension: one SolverFactory for the app (each solve builds its own Solver from
 * it, see {@link SolveService}) and a SolutionManager for score explanations. The solver config carries the
 * server's maximum time; a request's own, shorter limit is enforced by {@link SolveService}.
 */
@ApplicationScoped
public class SolverFactoryProducer {

    // @Singleton, not @ApplicationScoped: SolutionManager.create needs the factory itself, not a client proxy
    @Produces
    @Singleton
    SolverFactory<VisitRoster> solverFactory(SolverSettings settings) {
        // no unimproved limit here: SolveService applies each request's own (within the server limits)
        SolverConfig config = RosterSolverConfig.create(settings.maxSpent(), settings.maxSpent(),
                settings.environmentMode());
        config.setMoveThreadCount(settings.moveThreadCount());
        return SolverFactory.create(config);
    }

    @Produces
    @ApplicationScoped
    SolutionManager<VisitRoster, HardMediumSoftLongScore> solutionManager(SolverFactory<VisitRoster> factory) {
        return SolutionManager.create(factory);
    }
}
