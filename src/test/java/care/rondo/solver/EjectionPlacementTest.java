package care.rondo.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.optaplanner.core.impl.solver.DefaultSolverFactory;

import care.rondo.planning.NurseShift;
import care.rondo.planning.PlanningClient;
import care.rondo.planning.PlanningVisit;
import care.rondo.planning.RosterFixture;
import care.rondo.planning.VisitRoster;
import care.rondo.planning.WorkRules;

/**
 * Where the ejection search puts an unassigned visit that fits in more than one route as they are: at the least
 * extra travel and continuity, whichever route comes first. Both nurses start at the office (location 0); Ann's
 * morning lies far out at location 42, Bob's next door at location 2, and the new visit at location 3 lies on Bob's
 * way (6 extra minutes against Ann's 11).
 */
class EjectionPlacementTest {

    private final RosterFixture f = new RosterFixture();
    private final NurseShift ann = f.shift(f.nurse("ann", 5), 0, 7, 13);
    private final NurseShift bob = f.shift(f.nurse("bob", 5), 0, 7, 13);
    private final PlanningClient xena = PlanningClient.of("xena");
    private final PlanningVisit annsVisit = f.visit("far", xena, 42, 430, 440, 30);
    private final PlanningVisit bobsVisit = f.visit("near", PlanningClient.of("yara"), 2, 430, 440, 30);
    private final EjectionMoveFactory factory = new EjectionMoveFactory();
    private InnerScoreDirector<VisitRoster, HardMediumSoftLongScore> scoreDirector;

    @AfterEach
    void close() {
        if (scoreDirector != null) {
            scoreDirector.close();
        }
    }

    @Test
    void putsTheVisitWhereItAddsTheLeastTravelNotInTheFirstRouteThatHoldsIt() {
        PlanningVisit added = f.visit("added", PlanningClient.of("zoe"), 3, 480, 600, 30);

        placeFromTheBucket(added);

        assertThat(bob.getVisits()).containsExactly(bobsVisit, added);
        assertThat(ann.getVisits()).containsExactly(annsVisit);
    }

    @Test
    void putsTheVisitWithTheNurseWhoAlreadySeesTheClientWhenThatSavesMoreThanTheTravel() {
        PlanningVisit added = f.visit("added", xena, 3, 480, 600, 30);

        placeFromTheBucket(added);

        assertThat(ann.getVisits()).containsExactly(annsVisit, added);
        assertThat(bob.getVisits()).containsExactly(bobsVisit);
    }

    private void placeFromTheBucket(PlanningVisit added) {
        RosterFixture.route(ann, annsVisit);
        RosterFixture.route(bob, bobsVisit);
        VisitRoster roster = f.roster(WorkRules.none());
        roster.getUnassigned().getVisits().add(added);
        var solverFactory = (DefaultSolverFactory<VisitRoster>) SolverFactory
                .<VisitRoster> create(RosterSolverConfig.create(new TerminationConfig().withStepCountLimit(1),
                        EnvironmentMode.REPRODUCIBLE, false));
        scoreDirector = solverFactory.<HardMediumSoftLongScore> getScoreDirectorFactory().buildScoreDirector();
        scoreDirector.setWorkingSolution(roster);
        factory.phaseStarted(scoreDirector);

        factory.createRandomMoveIterator(scoreDirector, new Random(0)).next().doMoveOnly(scoreDirector);

        assertThat(roster.getUnassigned().getVisits()).isEmpty();
        assertThat(scoreDirector.calculateScore().hardScore()).isZero();
    }
}
