package care.rondo.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.impl.heuristic.move.Move;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.optaplanner.core.impl.solver.DefaultSolverFactory;

import care.rondo.planning.NurseShift;
import care.rondo.planning.PlanningClient;
import care.rondo.planning.PlanningVisit;
import care.rondo.planning.RosterFixture;
import care.rondo.planning.VisitRoster;
import care.rondo.planning.WorkRules;

/**
 * The ejection search on a morning where Ann's route is full: the wound visit only Ann can do clashes with her
 * 07:45 visit, which Bob could do. Minutes; three minutes of travel per grid step.
 */
class EjectionMoveFactoryTest {

    private final RosterFixture f = new RosterFixture();
    private final NurseShift ann = f.shift(f.nurse("ann", 5, "wound"), 0, 7, 9);
    private final NurseShift bob = f.shift(f.nurse("bob", 5), 0, 7, 9);
    private final PlanningVisit early = f.visit("early", PlanningClient.of("a"), 1, 430, 440, 30);
    private final PlanningVisit clash = f.visit("clash", PlanningClient.of("b"), 2, 465, 470, 30);
    private final PlanningVisit wound = f.visit("wound", PlanningClient.of("c"), 2, 463, 470, 30, 2, "wound");
    private final EjectionMoveFactory factory = new EjectionMoveFactory();
    private InnerScoreDirector<VisitRoster, HardMediumSoftLongScore> scoreDirector;

    @AfterEach
    void close() {
        if (scoreDirector != null) {
            scoreDirector.close();
        }
    }

    @Test
    void takesOutTheClashingVisitWhereItFitsElsewhere() {
        VisitRoster roster = start();

        Move<VisitRoster> move = nextMove();
        move.doMoveOnly(scoreDirector);

        assertThat(roster.getUnassigned().getVisits()).isEmpty();
        assertThat(ann.getVisits()).containsExactly(early, wound);
        assertThat(bob.getVisits()).containsExactly(clash);
        assertThat(scoreDirector.calculateScore().isFeasible()).isTrue();
    }

    @Test
    void otherwiseSwapsItWithTheBucketSoNothingMoreIsUnplanned() {
        bob.setLocked(true);
        VisitRoster roster = start();
        HardMediumSoftLongScore before = scoreDirector.calculateScore();

        nextMove().doMoveOnly(scoreDirector);

        assertThat(roster.getUnassigned().getVisits()).containsExactly(clash);
        assertThat(ann.getVisits()).containsExactly(early, wound);
        HardMediumSoftLongScore after = scoreDirector.calculateScore();
        assertThat(after.hardScore()).isZero();
        assertThat(after.mediumScore()).isEqualTo(before.mediumScore() + wound.getDuration() - clash.getDuration());
    }

    @Test
    void neverTakesOutAPinnedVisit() {
        bob.setLocked(true);
        clash.pin(null);
        early.pin(null);
        start();

        Move<VisitRoster> move = nextMove();

        assertThat(move.isMoveDoable(scoreDirector)).isFalse();
        assertThat(ann.getVisits()).containsExactly(early, clash);
    }

    private VisitRoster start() {
        RosterFixture.route(ann, early, clash);
        VisitRoster roster = f.roster(WorkRules.none());
        roster.getUnassigned().getVisits().add(wound);
        var solverFactory = (DefaultSolverFactory<VisitRoster>) SolverFactory
                .<VisitRoster> create(RosterSolverConfig.create(new TerminationConfig().withStepCountLimit(1),
                        EnvironmentMode.REPRODUCIBLE, false));
        scoreDirector = solverFactory.<HardMediumSoftLongScore> getScoreDirectorFactory().buildScoreDirector();
        scoreDirector.setWorkingSolution(roster);
        assertThat(scoreDirector.calculateScore().hardScore()).isZero();
        factory.phaseStarted(scoreDirector);
        return roster;
    }

    private Move<VisitRoster> nextMove() {
        return factory.createRandomMoveIterator(scoreDirector, new Random(0)).next();
    }
}
