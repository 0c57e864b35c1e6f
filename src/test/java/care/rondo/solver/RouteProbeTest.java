package care.rondo.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

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

    /**
     * The quick check (a route's forward ends and backward latest arrivals, timing only what lies between the changes)
     * answers exactly as timing the whole changed route, for random routes: tight and loose windows, late routes, long
     * days, all four rule settings, a visit put in anywhere, taken out anywhere, or both.
     */
    @Test
    void theQuickCheckAgreesWithTimingTheWholeRoute() {
        Random random = new Random(12);
        int fitting = 0;
        int checks = 0;
        for (int round = 0; round < 300; round++) {
            RosterFixture world = new RosterFixture();
            NurseShift shift = world.shift(world.nurse("n" + round, 5), 0, 7, 9 + random.nextInt(4));
            List<PlanningVisit> route = new ArrayList<>();
            int size = random.nextInt(9);
            for (int i = 0; i < size; i++) {
                route.add(randomVisit(world, random, "v" + i));
            }
            route.sort((a, b) -> Long.compare(a.getEarliestStart(), b.getEarliestStart()));
            RosterFixture.route(shift, route.toArray(PlanningVisit[]::new));
            world.timedRoster(WorkRules.none());
            PlanningVisit added = randomVisit(world, random, "added");
            for (boolean windows : new boolean[] {true, false}) {
                for (boolean shiftEnd : new boolean[] {true, false}) {
                    RouteProbe probe = new RouteProbe(windows, shiftEnd);
                    List<PlanningVisit> outs = new ArrayList<>(route);
                    outs.add(null);
                    for (PlanningVisit removed : outs) {
                        int positions = removed == null ? size : size - 1;
                        for (int index = -1; index <= positions; index++) {
                            PlanningVisit in = index < 0 ? null : added;
                            boolean whole = fitsTimedWhole(windows, shiftEnd, shift, removed, in, index);
                            boolean quick = removed == null && in != null ? probe.fits(shift, in, index)
                                    : probe.fits(shift, removed, in, index);
                            assertThat(quick).as("round %d, out %s, in at %d", round, removed, index)
                                    .isEqualTo(whole);
                            fitting += whole ? 1 : 0;
                            checks++;
                        }
                    }
                }
            }
        }
        assertThat(fitting).as("both answers occur").isBetween(checks / 10, checks * 9 / 10);
    }

    /** The reference: the changed route timed from the shift start (leave at once, wait for windows). */
    private static boolean fitsTimedWhole(boolean windows, boolean shiftEnd, NurseShift shift, PlanningVisit removed,
            PlanningVisit added, int index) {
        List<PlanningVisit> changed = new ArrayList<>(shift.getVisits());
        changed.remove(removed);
        if (added != null) {
            changed.add(index, added);
        }
        long clock = shift.getStart();
        var here = shift.getNurse().getStartLocation();
        for (PlanningVisit visit : changed) {
            long start = Math.max(clock + shift.getNurse().travelTime(here, visit.getLocation()),
                    visit.getEffectiveEarliestStart());
            if (windows && start > visit.getEffectiveLatestStart()) {
                return false;
            }
            clock = start + visit.getDuration();
            here = visit.getLocation();
        }
        return !shiftEnd || clock + shift.getNurse().travelTime(here, shift.getNurse().getStartLocation())
                <= shift.getEnd();
    }

    private static PlanningVisit randomVisit(RosterFixture world, Random random, String id) {
        long earliest = 7 * 60 + random.nextInt(150);
        long latest = earliest + (random.nextBoolean() ? random.nextInt(15) : random.nextInt(120));
        return world.visit(id, PlanningClient.of(id), random.nextInt(49), earliest, latest, 5 + random.nextInt(30));
    }
}
