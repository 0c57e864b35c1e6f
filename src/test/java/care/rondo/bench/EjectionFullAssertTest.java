package care.rondo.bench;

import static org.assertj.core.api.Assertions.assertThat;

import care.rondo.planning.VisitRoster;
import care.rondo.solver.RosterSolverConfig;
import care.rondo.testing.Slow;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * Solomon R101 cut to 25 customers with too few vehicles for all of them, under FULL_ASSERT: ejection moves (an
 * unassigned customer in, a routed one elsewhere) are checked against a from-scratch score and undone exactly.
 */
@Slow
class EjectionFullAssertTest {

    @Test
    void ejectionMovesKeepIncrementalScoresExact() throws Exception {
        SolomonInstance inst = SolomonReader.read(SolomonRoutesTest.R101).trimmed(25);
        VisitRoster solved = SolverFactory.<VisitRoster>create(RosterSolverConfig
                .create(new TerminationConfig(), EnvironmentMode.FULL_ASSERT, true, 20 * SolomonMapper.SCALE)
                .withTerminationConfig(new TerminationConfig().withScoreCalculationCountLimit(6000L)))
                .buildSolver().solve(SolomonMapper.toRoster(inst, 4));
        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(SolomonMapper.unassigned(solved)).isNotEmpty();
    }
}
