package care.rondo.solver;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import care.rondo.planning.NurseShift;
import care.rondo.planning.PlanningClient;
import care.rondo.planning.PlanningVisit;
import care.rondo.planning.RosterFixture;
import care.rondo.planning.WorkRules;

/** Nearby ranking in a team week: minutes, 07:00-15:00 shifts on Monday and Tuesday. */
class VisitNearbyDistanceMeterTest {

    private final RosterFixture f = new RosterFixture();
    private final NurseShift monday = f.shift(f.nurse("ann", 4), 0, 7, 15);
    private final NurseShift tuesday = f.shift(f.nurse("ann", 4), 1, 7, 15);
    private final PlanningVisit mondayHere = f.visit("mon", PlanningClient.of("c"), 10, 8 * 60, 9 * 60, 30);
    private final PlanningVisit tuesdayHere = f.visit("tue", PlanningClient.of("c"), 10, RosterFixture.DAY + 8 * 60,
            RosterFixture.DAY + 9 * 60, 30);
    private final PlanningVisit mondayFar = f.visit("far", PlanningClient.of("d"), 48, 10 * 60, 11 * 60, 30);
    private final VisitNearbyDistanceMeter meter = new VisitNearbyDistanceMeter();

    VisitNearbyDistanceMeterTest() {
        f.roster(WorkRules.none()); // tells every visit the longest shift (8 h)
    }

    @Test
    void theSameClientOnAnotherDayRanksAfterAnyPlaceOnTheSameDay() {
        assertThat(meter.getNearbyDistance(mondayHere, mondayFar))
                .isLessThan(meter.getNearbyDistance(mondayHere, tuesdayHere));
        assertThat(meter.getNearbyDistance(mondayHere, monday))
                .isLessThan(meter.getNearbyDistance(mondayHere, tuesday));
    }

    @Test
    void withinReachPlacesRankByDistance() {
        PlanningVisit mondayNear = f.visit("near", PlanningClient.of("e"), 11, 9 * 60, 10 * 60, 30);
        f.roster(WorkRules.none());

        assertThat(meter.getNearbyDistance(mondayHere, mondayNear))
                .isLessThan(meter.getNearbyDistance(mondayHere, mondayFar));
        assertThat(meter.getNearbyDistance(mondayHere, NurseShift.unassignedBucket())).isEqualTo(Double.MAX_VALUE);
    }
}
