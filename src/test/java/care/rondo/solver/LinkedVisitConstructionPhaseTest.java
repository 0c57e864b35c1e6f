package care.rondo.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.config.solver.EnvironmentMode;

import care.rondo.planning.PlanningClient;
import care.rondo.planning.PlanningNurse;
import care.rondo.planning.PlanningTravelMode;
import care.rondo.planning.PlanningVisit;
import care.rondo.planning.RosterFixture;
import care.rondo.planning.VisitRoster;
import care.rondo.planning.WorkRules;

/** The construction of the linked visits, through the service's whole construction (no search step). Minutes. */
class LinkedVisitConstructionPhaseTest {

    private static final WorkRules RULES = new WorkRules(10 * 60, 11 * 60, 60);

    /**
     * Four nurses with empty weeks, far below their contract target; two live next to the client, two across town.
     * Scored with workload fairness, the pair went to the two across town: their longer trips were more work towards
     * the target, worth more than the travel. Constructed without it, the pair goes to the nurses next door, and the
     * roster that comes out still carries the team's weights.
     */
    @Test
    void placesAPairByTravelNotByTheWorkItGivesNursesBelowTarget() {
        RosterFixture f = new RosterFixture();
        PlanningNurse nearA = f.nurse("near-a", 0, 40 * 60);
        PlanningNurse nearB = f.nurse("near-b", 0, 40 * 60);
        PlanningNurse farA = farNurse(f, "far-a");
        PlanningNurse farB = farNurse(f, "far-b");
        for (PlanningNurse nurse : new PlanningNurse[] {nearA, nearB, farA, farB}) {
            f.shift(nurse, 0, 7, 15);
        }
        PlanningClient client = PlanningClient.of("hoist");
        PlanningVisit.linkDoubleHanded(f.visit("hoist-a", client, 1, 8 * 60, 9 * 60, 30),
                f.visit("hoist-b", client, 1, 8 * 60, 9 * 60, 30));
        VisitRoster roster = f.roster(RULES);

        VisitRoster constructed = RosterSolverTest.solve(roster, 0, EnvironmentMode.FULL_ASSERT);

        assertThat(constructed.getVisits()).extracting(v -> v.getNurse().getId())
                .containsExactlyInAnyOrder("near-a", "near-b");
        assertThat(constructed.getScore().hardScore()).isZero();
        assertThat(constructed.getConstraintWeights()).isSameAs(roster.getConstraintWeights());
    }

    private static PlanningNurse farNurse(RosterFixture f, String id) {
        return new PlanningNurse(id, 5, Set.of(), 0, 40 * 60, f.locations.get(48), PlanningTravelMode.BIKE,
                f.travelTimes);
    }
}
