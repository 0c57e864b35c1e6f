package care.rondo.solver;

import static care.rondo.planning.RosterFixture.DAY;
import static care.rondo.planning.RosterFixture.route;
import static care.rondo.solver.Verifiers.ANY_TIME;
import static care.rondo.solver.Verifiers.VERIFIER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import care.rondo.planning.NurseShift;
import care.rondo.planning.PlanningClient;
import care.rondo.planning.PlanningNurse;
import care.rondo.planning.PlanningVisit;
import care.rondo.planning.RosterFixture;
import care.rondo.planning.WorkRules;

/**
 * Working-time rules. Times in minutes; location 1 is 3 minutes from the office, so one 40-minute visit there is
 * 46 minutes of work (there and back).
 */
class WorkloadConstraintsTest {

    private final RosterFixture f = new RosterFixture();
    private final PlanningClient client = PlanningClient.of("c");

    private PlanningVisit fortyMinutes(String id) {
        return f.visit(id, client, 1, 0, ANY_TIME, 40);
    }

    @Test
    void comingHomeAfterShiftEndPenalizedByOvertime() {
        NurseShift shift = f.shift(f.nurse("ann", 5), 0, 7, 8);
        // starts 470, ends 490, home at 493: 13 after the 480 shift end
        route(shift, f.visit("v", client, 1, 470, 470, 20));
        VERIFIER.verifyThat((p, cf) -> WorkloadConstraints.shiftEndExceeded(cf))
                .givenSolution(f.roster(WorkRules.none())).penalizesBy(13);
    }

    @Test
    void homeBeforeShiftEndUnpenalized() {
        route(f.shift(f.nurse("ann", 5), 0, 7, 8), f.visit("v", client, 1, 470, 470, 5));
        VERIFIER.verifyThat((p, cf) -> WorkloadConstraints.shiftEndExceeded(cf))
                .givenSolution(f.roster(WorkRules.none())).penalizesBy(0);
    }

    @Test
    void splitShiftsOfOneDayAddUpAgainstMaxWorkPerDay() {
        PlanningNurse ann = f.nurse("ann", 5);
        route(f.shift(ann, 0, 7, 12), fortyMinutes("early"));
        route(f.shift(ann, 0, 13, 18), fortyMinutes("late"));
        VERIFIER.verifyThat((p, cf) -> WorkloadConstraints.maxWorkPerDay(cf))
                .givenSolution(f.roster(new WorkRules(60, 0, 1))).penalizesBy(92 - 60);
    }

    @Test
    void dayWithinMaxWorkUnpenalized() {
        route(f.shift(f.nurse("ann", 5), 0, 7, 12), fortyMinutes("early"));
        VERIFIER.verifyThat((p, cf) -> WorkloadConstraints.maxWorkPerDay(cf))
                .givenSolution(f.roster(new WorkRules(60, 0, 1))).penalizesBy(0);
    }

    @Test
    void shortRestBetweenDaysPenalizedByShortfall() {
        PlanningNurse ann = f.nurse("ann", 5);
        // day 0 work ends 1333 (visit 1300-1330 + 3 home); day 1 work starts 1860 (leaves at shift start)
        route(f.shift(ann, 0, 16, 23), f.visit("evening", client, 1, 1300, 1300, 30));
        route(f.shift(ann, 1, 7, 15), f.visit("morning", client, 1, DAY, ANY_TIME, 30));
        VERIFIER.verifyThat((p, cf) -> WorkloadConstraints.restBetweenDays(cf))
                .givenSolution(f.roster(new WorkRules(ANY_TIME, 660, 1))).penalizesBy(660 - (1860 - 1333));
    }

    @Test
    void enoughRestBetweenDaysUnpenalized() {
        PlanningNurse ann = f.nurse("ann", 5);
        route(f.shift(ann, 0, 16, 23), f.visit("evening", client, 1, 1300, 1300, 30));
        route(f.shift(ann, 1, 7, 15), f.visit("morning", client, 1, DAY, ANY_TIME, 30));
        VERIFIER.verifyThat((p, cf) -> WorkloadConstraints.restBetweenDays(cf))
                .givenSolution(f.roster(new WorkRules(ANY_TIME, 500, 1))).penalizesBy(0);
    }

    /**
     * Two shifts of different days whose work starts at the same moment (a day-5 visit put in a day-0 shift, as
     * the construction heuristic tries): the shortfall must not depend on the order the spans were collected in,
     * which differs between incremental and from-scratch scoring.
     */
    @Test
    void restShortfallOfSpansWithEqualStartsDoesNotDependOnCollectionOrder() {
        WorkRules rules = new WorkRules(ANY_TIME, 660, 1);
        WorkloadConstraints.WorkSpan shortOne = new WorkloadConstraints.WorkSpan(0, 5 * DAY + 530, 5 * DAY + 566);
        WorkloadConstraints.WorkSpan longOne = new WorkloadConstraints.WorkSpan(5, 5 * DAY + 530, 5 * DAY + 596);

        assertThat(WorkloadConstraints.restShortfall(List.of(shortOne, longOne), rules))
                .isEqualTo(WorkloadConstraints.restShortfall(List.of(longOne, shortOne), rules))
                .isPositive();
    }

    @Test
    void workOverContractMaximumPenalizedByExcess() {
        route(f.shift(f.nurse("ann", 0, 30), 0, 7, 15), fortyMinutes("v"));
        VERIFIER.verifyThat((p, cf) -> WorkloadConstraints.contractMaximum(cf))
                .givenSolution(f.roster(WorkRules.none())).penalizesBy(16);
    }

    @Test
    void workWithinContractMaximumUnpenalized() {
        route(f.shift(f.nurse("ann", 0, 100), 0, 7, 15), fortyMinutes("v"));
        VERIFIER.verifyThat((p, cf) -> WorkloadConstraints.contractMaximum(cf))
                .givenSolution(f.roster(WorkRules.none())).penalizesBy(0);
    }

    @Test
    void demandOverCapacityPenalizedByExcess() {
        NurseShift van = f.shift(f.nurse("ann", 5), 0, 7, 15);
        van.setCapacity(5L);
        PlanningVisit a = fortyMinutes("a");
        a.setDemand(3);
        PlanningVisit b = fortyMinutes("b");
        b.setDemand(4);
        route(van, a, b);
        VERIFIER.verifyThat((p, cf) -> WorkloadConstraints.shiftCapacity(cf))
                .givenSolution(f.roster(WorkRules.none())).penalizesBy(2);
    }

    @Test
    void shiftWithoutCapacityUnpenalized() {
        PlanningVisit a = fortyMinutes("a");
        a.setDemand(30);
        route(f.shift(f.nurse("ann", 5), 0, 7, 15), a);
        VERIFIER.verifyThat((p, cf) -> WorkloadConstraints.shiftCapacity(cf))
                .givenSolution(f.roster(WorkRules.none())).penalizesBy(0);
    }

    @Test
    void workUnderContractMinimumPenalizedByShortfall() {
        route(f.shift(f.nurse("ann", 100, 200), 0, 7, 15), fortyMinutes("v"));
        VERIFIER.verifyThat((p, cf) -> WorkloadConstraints.underContractMinimum(cf))
                .givenSolution(f.roster(WorkRules.none())).penalizesBy(100 - 46);
    }

    @Test
    void nurseWithOnlyEmptyShiftsStillCountsUnderMinimum() {
        f.shift(f.nurse("ann", 100, 200), 0, 7, 15);
        route(f.shift(f.nurse("bob", 0, 200), 0, 7, 15), fortyMinutes("v"));
        VERIFIER.verifyThat((p, cf) -> WorkloadConstraints.underContractMinimum(cf))
                .givenSolution(f.roster(WorkRules.none())).penalizesBy(100);
    }

    @Test
    void workAtContractMinimumUnpenalized() {
        route(f.shift(f.nurse("ann", 46, 200), 0, 7, 15), fortyMinutes("v"));
        VERIFIER.verifyThat((p, cf) -> WorkloadConstraints.underContractMinimum(cf))
                .givenSolution(f.roster(WorkRules.none())).penalizesBy(0);
    }

    @Test
    void workloadFairnessPenalizesSquaredDeviationFromEachFairShare() {
        // equal contracts, 46 of work in all: shares 23 and 23, deviations +23 and -23: (529 + 529) / 10 = 105
        route(f.shift(f.nurse("ann", 60, 100), 0, 7, 15), fortyMinutes("v"));
        f.shift(f.nurse("bob", 60, 100), 0, 7, 15);
        VERIFIER.verifyThat((p, cf) -> WorkloadConstraints.workloadFairness(cf))
                .givenSolution(f.roster(new WorkRules(ANY_TIME, 0, 10))).penalizesBy(105);
    }

    /**
     * Against the contract midpoint itself both would be 34 under (115 each), and a longer trip would have lowered
     * the penalty: a team below its contracts was paid for travelling.
     */
    @Test
    void teamBelowItsContractsSharingEquallyUnpenalized() {
        route(f.shift(f.nurse("ann", 60, 100), 0, 7, 15), fortyMinutes("a"));
        route(f.shift(f.nurse("bob", 60, 100), 0, 7, 15), fortyMinutes("b"));
        VERIFIER.verifyThat((p, cf) -> WorkloadConstraints.workloadFairness(cf))
                .givenSolution(f.roster(new WorkRules(ANY_TIME, 0, 10))).penalizesBy(0);
    }

    @Test
    void sharesFollowContractSize() {
        // midpoints 80 and 40, 46 each: shares 61 and 31, deviations -15 and +15: (225 + 225) / 10 = 45
        route(f.shift(f.nurse("ann", 60, 100), 0, 7, 15), fortyMinutes("a"));
        route(f.shift(f.nurse("bob", 20, 60), 0, 7, 15), fortyMinutes("b"));
        VERIFIER.verifyThat((p, cf) -> WorkloadConstraints.workloadFairness(cf))
                .givenSolution(f.roster(new WorkRules(ANY_TIME, 0, 10))).penalizesBy(45);
    }

    @Test
    void withoutContractMaximumTheMinimumSizesTheShare() {
        // midpoints 60 and 30 (the minimums), 46 each: shares 61 and 31, deviations -15 and +15: 45
        route(f.shift(f.nurse("ann", 60, Long.MAX_VALUE), 0, 7, 15), fortyMinutes("a"));
        route(f.shift(f.nurse("bob", 30, Long.MAX_VALUE), 0, 7, 15), fortyMinutes("b"));
        VERIFIER.verifyThat((p, cf) -> WorkloadConstraints.workloadFairness(cf))
                .givenSolution(f.roster(new WorkRules(ANY_TIME, 0, 10))).penalizesBy(45);
    }

    @Test
    void fairnessNamesTheNurseFurthestFromHerShare() {
        PlanningNurse ann = f.nurse("ann", 60, 100);
        PlanningNurse bob = f.nurse("bob", 60, 100);
        PlanningNurse cat = f.nurse("cat", 60, 100);
        // 90 in all, shares 30: ann -20, bob +40, cat -20
        WorkloadConstraints.TeamFairness fairness = WorkloadConstraints.TeamFairness.of(List.of(
                new WorkloadConstraints.NurseWork(ann, 10), new WorkloadConstraints.NurseWork(bob, 70),
                new WorkloadConstraints.NurseWork(cat, 10)), new WorkRules(ANY_TIME, 0, 10));
        assertThat(fairness.furthestNurseId()).isEqualTo("bob");
        assertThat(fairness.furthestDeviation()).isEqualTo(40);
        assertThat(fairness.penalty()).isEqualTo((400 + 1600 + 400) / 10);
    }
}
