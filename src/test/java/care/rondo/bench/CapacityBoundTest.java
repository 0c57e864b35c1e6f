package care.rondo.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import care.rondo.planning.PlanningClient;
import care.rondo.planning.PlanningNurse;
import care.rondo.planning.PlanningVisit;
import care.rondo.planning.RosterFixture;
import care.rondo.planning.WorkRules;

/** Minutes, as in {@link RosterFixture}: grid locations 3 minutes apart, every nurse starting at location 0. */
class CapacityBoundTest {

    private static final WorkRules RULES = new WorkRules(10 * 60, 11 * 60, 60);

    @Test
    void anHourOfShiftCannotHoldThreeHalfHourVisits() {
        RosterFixture f = threeHalfHourVisitsInAnHour();
        assertThat(CapacityBound.unplannable(f.roster(RULES))).isEqualTo(2);
    }

    @Test
    void twoVisitsThatFitProveNothing() {
        RosterFixture f = new RosterFixture();
        f.shift(f.nurse("ann", 3), 0, 8, 10);
        f.visit("a", PlanningClient.of("a"), 1, 8 * 60, 9 * 60, 30);
        f.visit("b", PlanningClient.of("b"), 2, 8 * 60, 9 * 60, 30);
        assertThat(CapacityBound.unplannable(f.roster(RULES))).isZero();
    }

    @Test
    void countsTheTripsThatMustFallInsideTheShift() {
        RosterFixture f = new RosterFixture();
        f.shift(f.nurse("ann", 3), 0, 8, 9);
        // 27 minutes of care each, 3 minutes from the office and from each other: 54 + 6 = 60 minutes
        f.visit("a", PlanningClient.of("a"), 1, 8 * 60, 8 * 60 + 33, 27);
        f.visit("b", PlanningClient.of("b"), 2, 8 * 60, 8 * 60 + 33, 27);
        assertThat(CapacityBound.unplannable(f.roster(RULES))).isZero();
        // 3 more minutes of care fit the hour (57), the trip to them does not (66)
        f.visit("c", PlanningClient.of("c"), 3, 8 * 60, 8 * 60 + 33, 3);
        assertThat(CapacityBound.unplannable(f.roster(RULES))).isEqualTo(1);
    }

    @Test
    void aVisitIsNotReachedFromALaterOneOfTheSameClient() {
        RosterFixture f = new RosterFixture();
        f.shift(f.nurse("ann", 3), 0, 8, 9);
        PlanningClient client = PlanningClient.of("mrs-smit");
        // her insulin right at 8:00, her care after it: 27 + 31 minutes of care and the 3-minute trip from the
        // office make 61 minutes in a 60-minute shift. Her later care, 0 minutes away, cannot be where the nurse
        // comes from for the insulin.
        f.visit("insulin", client, 1, 8 * 60, 8 * 60 + 3, 27);
        f.visit("care", client, 1, 8 * 60 + 27, 8 * 60 + 33, 31);
        assertThat(CapacityBound.unplannable(f.roster(RULES))).isEqualTo(1);
    }

    @Test
    void onlyQualifiedShiftsCountAndAVisitNobodyMayDoIsUnplannable() {
        RosterFixture f = new RosterFixture();
        PlanningNurse junior = f.nurse("bob", 2);
        PlanningNurse senior = f.nurse("ann", 5, "wound");
        f.shift(junior, 0, 8, 12);
        f.shift(senior, 0, 8, 9);
        // two hours of wound care only Ann may do, in her one-hour shift: the junior's free hours do not help, and
        // neither fits, as an hour of care and the 3-minute trip to it make 63 minutes
        f.visit("w1", PlanningClient.of("a"), 1, 8 * 60, 8 * 60 + 30, 60, 4, "wound");
        f.visit("w2", PlanningClient.of("b"), 1, 8 * 60, 8 * 60 + 30, 60, 4, "wound");
        // nobody has the skill
        f.visit("x", PlanningClient.of("c"), 1, 8 * 60, 10 * 60, 10, 2, "stoma");
        assertThat(CapacityBound.unplannable(f.roster(RULES))).isEqualTo(3);
    }

    @Test
    void countsOnlyTheVisitsAsked() {
        RosterFixture f = threeHalfHourVisitsInAnHour();
        f.visits.get(0).setPreviousNurseId("ann");
        f.visits.get(1).setPreviousNurseId("ann");
        // the hour holds one of the two the accepted roster planned; the third does not take their room
        assertThat(CapacityBound.unplannable(f.roster(RULES), PlanningVisit::wasPlannedBefore)).isEqualTo(1);
    }

    private static RosterFixture threeHalfHourVisitsInAnHour() {
        RosterFixture f = new RosterFixture();
        f.shift(f.nurse("ann", 3), 0, 8, 9);
        for (int i = 0; i < 3; i++) {
            f.visit("v" + i, PlanningClient.of("c" + i), 1 + i, 8 * 60, 8 * 60 + 30, 30);
        }
        return f;
    }
}
