package care.rondo.bench;

import static org.assertj.core.api.Assertions.assertThat;

import care.rondo.planning.VisitRoster;
import care.rondo.solver.ReachableShiftMoveFilter;
import care.rondo.solver.RosterSolverConfig;
import care.rondo.solver.RuinRecreateMoveFactory;
import care.rondo.testing.Slow;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * Solomon R101 cut to 25 customers, local search with ruin and recreate moves only, under FULL_ASSERT: every
 * rewrite of several routes and the bucket is checked against a from-scratch score and undone exactly, and the
 * moves alone improve on the construction heuristic.
 */
@Slow
class RuinRecreateFullAssertTest {

    @Test
    void ruinAndRecreateKeepsIncrementalScoresExactAndImprovesTheConstruction() throws Exception {
        SolomonInstance inst = SolomonReader.read(SolomonRoutesTest.R101).trimmed(25);
        VisitRoster constructed = solve(inst, false, 0);
        VisitRoster searched = solve(inst, true, 4000);
        assertThat(searched.getScore().hardScore()).isZero();
        assertThat(searched.getScore()).isGreaterThan(constructed.getScore());
    }

    /**
     * A team week prices continuity, so a share of the ruins take a client's visits from her least-seen nurse and make
     * room for them in her other nurses' routes: those rewrites too must keep the incremental score exact.
     */
    @Test
    void clientRuinsOnATeamWeekKeepIncrementalScoresExact() {
        // seconds: annealing from 1000, as the team bench; construction alone takes thousands of calculations here
        VisitRoster constructed = solve(TeamWeekMapper.toRoster(TeamWeekGenerator.generate("S", 1)), 0, null, 1000);
        VisitRoster searched = solve(TeamWeekMapper.toRoster(TeamWeekGenerator.generate("S", 1)), 150, null, 1000);
        assertThat(searched.getScore()).isGreaterThan(constructed.getScore());
    }

    private static VisitRoster solve(SolomonInstance inst, boolean localSearch, long calculations) {
        return solve(SolomonMapper.toRoster(inst, 5), localSearch ? 1_000_000 : 0, localSearch ? calculations : null,
                20 * SolomonMapper.SCALE);
    }

    private static VisitRoster solve(VisitRoster problem, int steps, Long calculations, long temperature) {
        SolverConfig config = RosterSolverConfig
                .create(new TerminationConfig().withStepCountLimit(steps), EnvironmentMode.FULL_ASSERT, true,
                        temperature);
        if (calculations != null) {
            config.withTerminationConfig(new TerminationConfig().withScoreCalculationCountLimit(calculations));
        }
        LocalSearchPhaseConfig phase = config.getPhaseConfigList().stream()
                .filter(LocalSearchPhaseConfig.class::isInstance).map(LocalSearchPhaseConfig.class::cast)
                .findFirst().orElseThrow();
        phase.setMoveSelectorConfig(new MoveIteratorFactoryConfig()
                .withMoveIteratorFactoryClass(RuinRecreateMoveFactory.class)
                .withFilterClass(ReachableShiftMoveFilter.class));
        return SolverFactory.<VisitRoster>create(config).buildSolver().solve(problem);
    }
}
