package care.rondo.solver;

import static care.rondo.planning.RosterFixture.route;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

import care.rondo.planning.NurseShift;
import care.rondo.planning.PlanningClient;
import care.rondo.planning.RosterConstraintWeights;
import care.rondo.planning.RosterFixture;
import care.rondo.planning.VisitRoster;
import care.rondo.planning.WorkRules;

/** Explanations carry our justification records, which the service turns into sentences a nurse can read. */
class RosterExplanationTest {

    private final SolutionManager<VisitRoster, HardMediumSoftLongScore> solutionManager = SolutionManager.create(
            SolverFactory.create(RosterSolverConfig.create(new TerminationConfig().withStepCountLimit(1),
                    EnvironmentMode.REPRODUCIBLE, true)));

    @Test
    void explanationNamesTheVisitNurseAndAmount() {
        RosterFixture f = new RosterFixture();
        NurseShift ann = f.shift(f.nurse("ann", 3), 0, 7, 15);
        PlanningClient refusing = new PlanningClient("mrs-jansen", Set.of(), Set.of("ann"), Set.of(), 1);
        route(ann, f.visit("wash", refusing, 1, 400, 410, 30, 4));

        ScoreExplanation<VisitRoster, HardMediumSoftLongScore> explanation = solutionManager.explain(
                f.roster(WorkRules.none()));

        assertThat(explanation.getConstraintMatchTotalMap()).containsKeys(
                "care.rondo.planning/" + RosterConstraintWeights.LEVEL_TOO_LOW,
                "care.rondo.planning/" + RosterConstraintWeights.REFUSED_NURSE,
                "care.rondo.planning/" + RosterConstraintWeights.LATE_START);
        assertThat(explanation.getJustificationList(VisitJustification.class)).contains(
                new VisitJustification("wash", "mrs-jansen", "ann", 1),
                new VisitJustification("wash", "mrs-jansen", "ann", 13));
        assertThat(explanation.getScore().hardScore()).isEqualTo(-1 - 1 - 13);
    }
}
