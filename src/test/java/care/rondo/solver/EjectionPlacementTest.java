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

    /**
     * Ann's morning is full: the wound visit (only she can do it, at location 4) fits once the long visit at 07:25
     * goes to Bob, either before the visit at location 5 (no extra travel: it lies on the way) or after it (6 extra
     * minutes). Whatever the random draw, it goes where it costs nothing.
     */
    @Test
    void putsTheVisitWhereItAddsTheLeastTravelWhenItTakesAnotherVisitsPlace() {
        for (long seed = 0; seed < 20; seed++) {
            RosterFixture g = new RosterFixture();
            NurseShift annsDay = g.shift(g.nurse("ann", 5, "wound"), 0, 7, 11);
            NurseShift bobsDay = g.shift(g.nurse("bob", 5), 0, 7, 11);
            PlanningVisit first = g.visit("first", PlanningClient.of("a"), 1, 420, 425, 20);
            PlanningVisit clash = g.visit("clash", PlanningClient.of("b"), 1, 445, 450, 100);
            PlanningVisit onTheWay = g.visit("on-the-way", PlanningClient.of("c"), 5, 480, 600, 10);
            PlanningVisit last = g.visit("last", PlanningClient.of("d"), 5, 570, 575, 20);
            PlanningVisit wound = g.visit("wound", PlanningClient.of("e"), 4, 440, 540, 30, 2, "wound");
            RosterFixture.route(annsDay, first, clash, onTheWay, last);
            VisitRoster roster = g.roster(WorkRules.none());
            roster.getUnassigned().getVisits().add(wound);
            startOn(roster);

            factory.createRandomMoveIterator(scoreDirector, new Random(seed)).next().doMoveOnly(scoreDirector);

            assertThat(annsDay.getVisits()).as("seed %d", seed).containsExactly(first, wound, onTheWay, last);
            assertThat(bobsDay.getVisits()).containsExactly(clash);
            assertThat(scoreDirector.calculateScore().hardScore()).isZero();
            scoreDirector.close();
            scoreDirector = null;
        }
    }

    private void placeFromTheBucket(PlanningVisit added) {
        RosterFixture.route(ann, annsVisit);
        RosterFixture.route(bob, bobsVisit);
        VisitRoster roster = f.roster(WorkRules.none());
        roster.getUnassigned().getVisits().add(added);
        startOn(roster);

        factory.createRandomMoveIterator(scoreDirector, new Random(0)).next().doMoveOnly(scoreDirector);

        assertThat(roster.getUnassigned().getVisits()).isEmpty();
        assertThat(scoreDirector.calculateScore().hardScore()).isZero();
    }

    private void startOn(VisitRoster roster) {
        var solverFactory = (DefaultSolverFactory<VisitRoster>) SolverFactory
                .<VisitRoster> create(RosterSolverConfig.create(new TerminationConfig().withStepCountLimit(1),
                        EnvironmentMode.REPRODUCIBLE, false));
        scoreDirector = solverFactory.<HardMediumSoftLongScore> getScoreDirectorFactory().buildScoreDirector();
        scoreDirector.setWorkingSolution(roster);
        factory.phaseStarted(scoreDirector);
    }
}
