package care.rondo.solver;
import care.rondo.planning.PlanningClient;
import care.rondo.planning.PlanningVisit;
import care.rondo.planning.RosterConstraint;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import care.rondo.planning.NurseShift;
import care.rondo.planning.RosterConstraintWeights;
import care.rondo.planning.RosterFixture;

/** Which shifts a visit may be moved to: minutes, shifts 07:00-15:00 on day 0 and day 1. */
class ReachableShiftMoveFilterTest {

    private final RosterFixture f = new RosterFixture();
    private final NurseShift monday = f.shift(f.nurse("ann", 4, "insulin"), 0, 7, 15);
    private final NurseShift tuesday = f.shift(f.nurse("ann", 4, "insulin"), 1, 7, 15);
    private final NurseShift helper = f.shift(f.nurse("bob", 2), 0, 7, 15);
    private final RosterConstraintWeights weights = RosterFixture.weightsInMinutes();
    private final ReachableShiftMoveFilter filter = new ReachableShiftMoveFilter();

    @Test
    void onlyShiftsWhoseWindowCanHoldTheStartWindow() {
        PlanningVisit mondayMorning = f.visit("v", PlanningClient.of("c"), 1, 8 * 60, 9 * 60, 30);
        PlanningVisit mondayNight = f.visit("w", PlanningClient.of("c"), 1, 20 * 60, 21 * 60, 30);

        assertThat(filter.fits(weights, mondayMorning, monday)).isTrue();
        assertThat(filter.fits(weights, mondayMorning, tuesday)).isFalse();
        assertThat(filter.fits(weights, mondayNight, monday)).isFalse();
        assertThat(filter.fits(weights, mondayNight, NurseShift.unassignedBucket())).isTrue();
    }

    @Test
    void notToANurseWithoutTheLevelSkillOrAcceptance() {
        PlanningVisit insulin = f.visit("v", PlanningClient.of("c"), 1, 8 * 60, 9 * 60, 30, 3, "insulin");
        PlanningVisit refusing = f.visit("w", new PlanningClient("d", Set.of(), Set.of("ann"), Set.of(), 2), 1, 8 * 60, 9 * 60, 30);

        assertThat(filter.fits(weights, insulin, monday)).isTrue();
        assertThat(filter.fits(weights, insulin, helper)).isFalse();
        assertThat(filter.fits(weights, refusing, monday)).isFalse();
        assertThat(filter.fits(weights, refusing, helper)).isTrue();
    }

    @Test
    void aSoftStartWindowKeepsEveryShift() {
        PlanningVisit mondayMorning = f.visit("v", PlanningClient.of("c"), 1, 8 * 60, 9 * 60, 30);
        RosterConstraintWeights soft = RosterFixture.weightsInMinutes()
                .withWeight(RosterConstraint.LATE_START, HardMediumSoftLongScore.ZERO)
                .withWeight(RosterConstraint.SHIFT_END_EXCEEDED, HardMediumSoftLongScore.ZERO);

        assertThat(filter.fits(soft, mondayMorning, tuesday)).isTrue();
    }
}
