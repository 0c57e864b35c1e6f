package care.rondo.solver;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.config.solver.EnvironmentMode;
import care.rondo.planning.PlanningClient;
import care.rondo.planning.PlanningVisit;
import care.rondo.planning.RosterFixture;
import care.rondo.planning.VisitRoster;
import care.rondo.planning.WorkRules;

/**
 * A time-of-day wish changes the proposal: the same small morning solved with and without Maria's "not before
 * 10:30" for her visit (window 07:00–12:00). Without it nothing makes a nurse wait for her, so she is visited early;
 * with it, waiting (idle time, 1 per minute) is cheaper than the unmet wish (2 per minute). Step and
 * score-calculation limits, never wall time.
 */
class TimeWishSolveTest {

    private static final long TEN_THIRTY = 10 * 60 + 30;

    private static VisitRoster morning(boolean wish) {
        RosterFixture f = new RosterFixture();
        f.shift(f.nurse("ann", 5), 0, 7, 15);
        f.shift(f.nurse("bob", 5), 0, 7, 15);
        for (int i = 0; i < 6; i++) {
            f.visit("v" + i, PlanningClient.of("c" + i), 1 + i * 3, 7 * 60, 9 * 60, 30);
        }
        PlanningVisit maria = f.visit("maria", PlanningClient.of("maria"), 24, 7 * 60, 12 * 60, 30);
        if (wish) {
            maria.setWishedStart(TEN_THIRTY, null);
        }
        return f.roster(WorkRules.none());
    }

    private static PlanningVisit maria(VisitRoster solved) {
        return solved.getVisits().stream().filter(v -> v.getId().equals("maria")).findFirst().orElseThrow();
    }

    @Test
    void wishMovesHerVisitIntoTheWishedTime() {
        VisitRoster without = RosterSolverTest.solve(morning(false), 400, EnvironmentMode.REPRODUCIBLE);
        VisitRoster with = RosterSolverTest.solve(morning(true), 400, EnvironmentMode.REPRODUCIBLE);

        assertThat(without.getScore().isFeasible()).isTrue();
        assertThat(with.getScore().isFeasible()).isTrue();
        assertThat(maria(without).isAssigned()).isTrue();
        assertThat(maria(with).isAssigned()).isTrue();
        assertThat(maria(without).getStartTime()).isLessThan(TEN_THIRTY);
        // with the wish: at or after 10:30 and inside her window, so no "Time-of-day wish" penalty is left
        assertThat(maria(with).getStartTime()).isBetween(TEN_THIRTY, 12 * 60L);
        assertThat(maria(with).getStartOutsideWish()).isZero();
        // the other six visits are all still done
        assertThat(with.getUnassigned().getVisits()).isEmpty();
    }
}
