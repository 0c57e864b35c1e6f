package care.rondo.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/** What ends a benchmark run, and so what its annealing cools by. */
class BenchSolverConfigTest {

    @Test
    void aBudgetOfScoreCalculationsReplacesTheClock() {
        // with both limits the annealing cooled by whichever was nearer, at times the clock: equal budgets differed
        TerminationConfig termination = config(Map.of("seconds", "400", "evaluations", "1600000"))
                .getTerminationConfig();

        assertThat(termination.getScoreCalculationCountLimit()).isEqualTo(1_600_000L);
        assertThat(termination.getSpentLimit()).isNull();
        assertThat(termination.getSecondsSpentLimit()).isNull();
    }

    @Test
    void withoutABudgetTheRunStopsOnTheClock() {
        TerminationConfig termination = config(Map.of("seconds", "60")).getTerminationConfig();

        assertThat(termination.getSpentLimit()).isEqualTo(Duration.ofSeconds(60));
        assertThat(termination.getScoreCalculationCountLimit()).isNull();
    }

    private static SolverConfig config(Map<String, String> options) {
        return BenchSolverConfig.create(new BenchArgs("team", "M", options), true, 3000L);
    }
}
