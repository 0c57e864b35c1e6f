package care.rondo.solver;

import static org.assertj.core.api.Assertions.assertThat;
import care.rondo.planning.WorkRules;
import org.junit.jupiter.api.Test;

import care.rondo.planning.NurseShift;
import care.rondo.planning.PlanningClient;
import care.rondo.planning.PlanningVisit;
import care.rondo.planning.RosterFixture;

/** Pins and locked days hold against moves of a whole double-handed or sequence pair too. Minutes. */
class TwoVisitMoveTest {

    private final RosterFixture f = new RosterFixture();
    private final NurseShift ann = f.shift(f.nurse("ann", 4), 0, 7, 15);
    private final NurseShift bob = f.shift(f.nurse("bob", 4), 0, 7, 15);
    private final NurseShift cas = f.shift(f.nurse("cas", 4), 0, 7, 15);
    private final PlanningVisit lead = f.visit("hoist-a", PlanningClient.of("c"), 3, 8 * 60, 9 * 60, 30);
    private final PlanningVisit partner = f.visit("hoist-b", PlanningClient.of("c"), 3, 8 * 60, 9 * 60, 30);
    private final PinnedVisitMoveFilter filter = new PinnedVisitMoveFilter();

    TwoVisitMoveTest() {
        PlanningVisit.linkDoubleHanded(lead, partner);
        RosterFixture.route(ann, lead);
        RosterFixture.route(bob, partner);
        f.timedRoster(WorkRules.none());
    }

    @Test
    void aFreePairMayMove() {
        assertThat(filter.accept(null, new TwoVisitMove(lead, cas, 0, partner, bob, 0))).isTrue();
    }

    @Test
    void notWhenEitherVisitIsPinned() {
        partner.pin(null);

        assertThat(filter.accept(null, new TwoVisitMove(lead, cas, 0, partner, bob, 0))).isFalse();
    }

    @Test
    void notOutOfOrIntoALockedDay() {
        bob.setLocked(true);
        assertThat(filter.accept(null, new TwoVisitMove(lead, cas, 0, partner, ann, 1))).isFalse();
        bob.setLocked(false);
        cas.setLocked(true);
        assertThat(filter.accept(null, new TwoVisitMove(lead, cas, 0, partner, bob, 0))).isFalse();
    }
}
