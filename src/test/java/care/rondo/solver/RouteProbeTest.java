package care.rondo.solver;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import care.rondo.planning.NurseShift;
import care.rondo.planning.PlanningClient;
import care.rondo.planning.PlanningVisit;
import care.rondo.planning.RosterFixture;
import care.rondo.planning.WorkRules;

/** The quick route check agrees with the timing model: windows, shift end, capacity. Minutes. */
class RouteProbeTest {

    private final RosterFixture f = new RosterFixture();
    private final NurseShift ann = f.shift(f.nurse("ann", 5), 0, 7, 9);
    private final PlanningVisit early = f.visit("early", PlanningClient.of("a"), 1, 430, 440, 30);
    private final PlanningVisit late = f.visit("late", PlanningClient.of("b"), 2, 465, 470, 30);
    private final PlanningVisit extra = f.visit("extra", PlanningClient.of("c"), 2, 463, 470, 30);
    private final RouteProbe strict = new RouteProbe(true, true);

    RouteProbeTest() {
        RosterFixture.route(ann, early, late);
        f.timedRoster(WorkRules.none());
    }

    @Test
    void theRouteAsItIsFits() {
        assertThat(strict.fits(ann, null, null, 0)).isTrue();
        assertThat(late.getLateness()).isZero();
    }

    @Test
    void aVisitThatPushesAnotherPastItsWindowDoesNotFit() {
        assertThat(strict.fits(ann, extra, 1)).isFalse();
        assertThat(strict.fits(ann, extra, 2)).isFalse();
    }

    @Test
    void itFitsOnceTheClashingVisitIsTakenOut() {
        assertThat(strict.fits(ann, late, extra, 1)).isTrue();
        assertThat(strict.fits(ann, late, extra, 0)).isFalse(); // then "early" starts after 07:20
    }

    @Test
    void theNurseMustBeBackBeforeTheShiftEnds() {
        PlanningVisit lastThing = f.visit("last", PlanningClient.of("d"), 48, 480, 530, 20); // the far corner: back after 09:00
        assertThat(strict.fits(ann, lastThing, 2)).isFalse();
        assertThat(new RouteProbe(true, false).fits(ann, lastThing, 2)).isTrue();
    }

    @Test
    void whereLatenessIsOnlyACostEveryPositionFits() {
        assertThat(new RouteProbe(false, true).fits(ann, extra, 1)).isTrue();
    }

    @Test
    void theLoadStaysWithinCapacity() {
        ann.setCapacity(10L);
        early.setDemand(4);
        late.setDemand(4);
        extra.setDemand(3);
        assertThat(strict.fits(ann, late, extra, 1)).isTrue();
        extra.setDemand(7);
        assertThat(strict.fits(ann, late, extra, 1)).isFalse();
    }
}
