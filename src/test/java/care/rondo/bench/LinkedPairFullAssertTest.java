package care.rondo.bench;

import static org.assertj.core.api.Assertions.assertThat;

import care.rondo.planning.VisitRoster;
import care.rondo.solver.RosterSolverConfig;
import care.rondo.testing.Slow;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * An HHCRSP instance with double-handed and sequence pairs under FULL_ASSERT: every move, pair moves included, is
 * checked against a from-scratch score and undone exactly. (A pair move that announced its list changes per
 * intermediate list left a neighbour's travel stale.)
 */
@Slow
class LinkedPairFullAssertTest {

    @Test
    void linkedPairMovesKeepIncrementalScoresExact() throws IOException {
        HhcrspInstance inst = HhcrspReader.read(HhcrspEvaluatorTest.DIR.resolve("InstanzCPLEX_HCSRP_10_4.json"));
        VisitRoster solved = SolverFactory.<VisitRoster>create(RosterSolverConfig
                .create(new TerminationConfig(), EnvironmentMode.FULL_ASSERT, true, 20 * HhcrspMapper.SCALE)
                .withTerminationConfig(new TerminationConfig().withScoreCalculationCountLimit(6000L)))
                .buildSolver().solve(new HhcrspMapper(inst).toRoster());
        assertThat(solved.getScore().hardScore()).isZero();
    }
}
