package care.rondo.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

import care.rondo.planning.PlanningClient;
import care.rondo.planning.PlanningNurse;
import care.rondo.planning.PlanningTravelMode;
import care.rondo.planning.PlanningVisit;
import care.rondo.planning.RosterFixture;
import care.rondo.planning.VisitRoster;
import care.rondo.planning.WorkRules;

/**
 * The cheapest-insertion phase alone (no construction heuristic after it) and in the service's construction. Minutes, as in {@link RosterFixture}.
 */
class CheapestInsertionPhaseTest {

    private static final WorkRules RULES = new WorkRules(10 * 60, 11 * 60, 60);

    /** Only the phase, under FULL_ASSERT (which checks its notifications against a from-scratch score). */
    private static VisitRoster insertOnly(VisitRoster roster) {
        SolverConfig config = RosterSolverConfig.create(new TerminationConfig().withStepCountLimit(0),
                EnvironmentMode.FULL_ASSERT, true);
        config.setPhaseConfigList(List.of(new CustomPhaseConfig()
                .withCustomPhaseCommandClassList(List.of(CheapestInsertionPhase.class))));
        return SolverFactory.<VisitRoster>create(config).buildSolver().solve(roster);
    }

    /** Visits in a nurse's route (not in the unassigned bucket, not unplaced). */
    private static long planned(VisitRoster roster) {
        return roster.getVisits().stream().filter(CheapestInsertionPhaseTest::planned).count();
    }

    private static boolean planned(PlanningVisit visit) {
        return visit.getShift() != null && !visit.getShift().isUnassignedBucket();
    }

    private static PlanningVisit visit(VisitRoster roster, String id) {
        return roster.getVisits().stream().filter(v -> v.getId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void placesSingleVisitsInTheirWindowsWithoutAHardPenalty() {
        VisitRoster result = insertOnly(RosterSolverTest.threeNursesTwentyVisits().roster(RULES));

        assertThat(planned(result)).isEqualTo(20);
        assertThat(result.getVisits()).allSatisfy(v -> assertThat(v.getLateness()).isZero());
        SolverFactory<VisitRoster> factory = SolverFactory.create(RosterSolverTest.config(
                new TerminationConfig().withStepCountLimit(0), EnvironmentMode.REPRODUCIBLE));
        SolutionManager.create(factory).update(result);
        assertThat(result.getScore().hardScore()).isZero();
    }

    @Test
    void keepsTheNurseWithinHerContractMaximum() {
        RosterFixture f = new RosterFixture();
        PlanningNurse nurse = f.nurse("ann", 0, 50);
        f.shift(nurse, 0, 7, 15);
        f.shift(nurse, 1, 7, 15);
        // each visit is 30 minutes next door to the office (3 minutes each way): 36 minutes of work a day
        f.visit("monday", PlanningClient.of("c"), 1, 8 * 60, 9 * 60, 30);
        f.visit("tuesday", PlanningClient.of("c"), 1, RosterFixture.DAY + 8 * 60, RosterFixture.DAY + 9 * 60, 30);

        VisitRoster result = insertOnly(f.roster(RULES));

        assertThat(planned(result)).isEqualTo(1);
        assertThat(result.getUnassigned().getVisits()).hasSize(1);
    }

    /**
     * Both nurses are far below their contract target. Pricing workload fairness here sent the first visit to the
     * nurse across town (her longer trip was more work towards her target, worth more than the travel), which on a
     * team of several neighbourhoods filled routes with trips between them; the search balances hours instead.
     */
    @Test
    void placesByTravelAndLeavesWorkloadFairnessToTheSearch() {
        RosterFixture f = new RosterFixture();
        PlanningNurse near = f.nurse("near", 0, 40 * 60);
        PlanningNurse far = new PlanningNurse("far", 5, Set.of(), 0, 40 * 60, f.locations.get(48),
                PlanningTravelMode.BIKE, f.travelTimes);
        f.shift(near, 0, 7, 15);
        f.shift(far, 0, 7, 15);
        f.visit("first", PlanningClient.of("a"), 1, 8 * 60, 12 * 60, 30);
        f.visit("second", PlanningClient.of("b"), 2, 8 * 60, 12 * 60, 30);

        VisitRoster result = insertOnly(f.roster(RULES));

        assertThat(result.getVisits()).allSatisfy(v -> assertThat(v.getNurse()).isSameAs(near));
    }

    @Test
    void leavesElevenHoursOfRestBetweenDays() {
        RosterFixture f = new RosterFixture();
        PlanningNurse nurse = f.nurse("ann", 0, 40 * 60);
        f.shift(nurse, 0, 15, 23);
        f.shift(nurse, 1, 7, 15);
        PlanningClient client = PlanningClient.of("c");
        f.visit("evening", client, 1, 21 * 60, 22 * 60, 30);
        f.visit("morning", client, 1, RosterFixture.DAY + 7 * 60, RosterFixture.DAY + 8 * 60, 30);
        f.visit("afternoon", client, 1, RosterFixture.DAY + 13 * 60, RosterFixture.DAY + 14 * 60, 30);

        VisitRoster result = insertOnly(f.roster(RULES));

        // equal windows: placed in id order; the evening visit ends Monday's work at 22:33, so Tuesday may start
        // at 09:33 at the earliest: the 7:00-8:00 morning visit has no nurse, the afternoon one does
        assertThat(planned(visit(result, "evening"))).isTrue();
        assertThat(visit(result, "morning").getShift().isUnassignedBucket()).isTrue();
        assertThat(planned(result)).isEqualTo(2);
    }

    @Test
    void leavesLinkedVisitsToTheConstructionHeuristicAndTheServiceConstructionIsFeasible() {
        RosterFixture f = RosterSolverTest.linkedVisitsWithPin();
        VisitRoster alone = insertOnly(f.roster(RULES));
        assertThat(alone.getVisits()).filteredOn(v -> v.getPartner() != null)
                .allSatisfy(v -> assertThat(v.getShift()).isNull());

        VisitRoster constructed = RosterSolverTest.solve(RosterSolverTest.linkedVisitsWithPin().roster(RULES), 0,
                EnvironmentMode.FULL_ASSERT);
        assertThat(constructed.getScore().initScore()).isZero();
        assertThat(constructed.getScore().hardScore()).isZero();
    }
}
