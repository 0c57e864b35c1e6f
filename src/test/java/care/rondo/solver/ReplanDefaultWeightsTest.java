package care.rondo.solver;

import static care.rondo.planning.RosterFixture.route;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

import care.rondo.planning.NurseShift;
import care.rondo.planning.PlanningClient;
import care.rondo.planning.PlanningVisit;
import care.rondo.planning.RosterConstraint;
import care.rondo.planning.RosterConstraintWeights;
import care.rondo.planning.RosterFixture;
import care.rondo.planning.VisitRoster;
import care.rondo.planning.WorkRules;

/**
 * What the team's default weights make a re-plan do with a visit the absence does not touch. Scored, not solved:
 * the two rosters differ in one visit's nurse only.
 */
class ReplanDefaultWeightsTest {

    private static final long WEDNESDAY = 2 * RosterFixture.DAY;

    private final SolutionManager<VisitRoster, HardMediumSoftLongScore> solutionManager = SolutionManager.create(
            SolverFactory.create(RosterSolverConfig.create(new TerminationConfig().withStepCountLimit(1),
                    EnvironmentMode.REPRODUCIBLE, true)));

    /**
     * Mrs de Vries saw Ann for her wash and Bob for her eye drops right after it. Giving the drops to Ann spares her
     * a nurse this week, but the re-plan would change a nurse the team accepted for a reason the absence did not
     * bring: the defaults keep Bob.
     */
    @Test
    void replanKeepsTheAcceptedNurseRatherThanSparingTheClientOneNurse() {
        RosterConstraintWeights defaults = RosterConstraintWeights.teamDefaults()
                // the week's hours are a separate trade; here only the nurse of one visit changes
                .withWeight(RosterConstraint.WORKLOAD_FAIRNESS, HardMediumSoftLongScore.ZERO);

        HardMediumSoftLongScore kept = score(false, defaults);
        HardMediumSoftLongScore moved = score(true, defaults);

        assertThat(kept).isGreaterThan(moved);
        // the move itself is attractive: without the price of a changed nurse it would win
        RosterConstraintWeights free = RosterConstraintWeights.teamDefaults()
                .withWeight(RosterConstraint.WORKLOAD_FAIRNESS, HardMediumSoftLongScore.ZERO)
                .withWeight(RosterConstraint.CHANGED_NURSE, HardMediumSoftLongScore.ZERO);
        assertThat(score(true, free)).isGreaterThan(score(false, free));
    }

    private HardMediumSoftLongScore score(boolean dropsToAnn, RosterConstraintWeights weights) {
        RosterFixture f = new RosterFixture();
        NurseShift ann = f.shift(f.nurse("ann", 3), 2, 7, 15);
        NurseShift bob = f.shift(f.nurse("bob", 3), 2, 7, 15);
        PlanningClient client = new PlanningClient("mrs-de-vries", Set.of(), Set.of(), Set.of(), 1);
        PlanningVisit wash = f.visit("wash", client, 1, WEDNESDAY + 540, WEDNESDAY + 540, 30);
        PlanningVisit drops = f.visit("drops", client, 1, WEDNESDAY + 570, WEDNESDAY + 570, 10);
        wash.setPreviousNurseId("ann");
        wash.setPreviousStart(WEDNESDAY + 540, 0);
        drops.setPreviousNurseId("bob");
        drops.setPreviousStart(WEDNESDAY + 570, 0);
        if (dropsToAnn) {
            route(ann, wash, drops);
        } else {
            route(ann, wash);
            route(bob, drops);
        }
        return solutionManager.update(new VisitRoster(f.shifts, f.visits, WorkRules.none(), weights));
    }
}
