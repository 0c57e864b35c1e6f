package care.rondo.solver;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.optaplanner.core.config.solver.EnvironmentMode;

import care.rondo.planning.RosterFixture;
import care.rondo.planning.VisitRoster;
import care.rondo.planning.WorkRules;

/**
 * Recomputes the score from scratch after every move and compares it with the incremental one: catches timing
 * listener and constraint stream bugs. Slow, so only with {@code -Drondo.fullAssert=true}.
 */
@EnabledIfSystemProperty(named = "rondo.fullAssert", matches = "true")
class RosterSolverFullAssertTest {

    @Test
    void incrementalScoreMatchesFromScratchWithLinkedVisitsAndPins() {
        RosterFixture f = RosterSolverTest.linkedVisitsWithPin();
        VisitRoster solution = RosterSolverTest.solve(f.roster(new WorkRules(8 * 60, 11 * 60, 60)), 300,
                EnvironmentMode.FULL_ASSERT);

        assertThat(solution.getScore().isSolutionInitialized()).isTrue();
    }
}
