package care.rondo.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import care.rondo.planning.PlanningClient;
import care.rondo.planning.PlanningNurse;
import care.rondo.planning.PlanningVisit;
import care.rondo.planning.RosterFixture;
import care.rondo.planning.WorkRules;

/** Minutes, as in {@link RosterFixture}. */
class ContinuityBoundTest {

    private static final WorkRules RULES = new WorkRules(10 * 60, 11 * 60, 60);
    private static final long DAY = RosterFixture.DAY;

    @Test
    void aClientSeenOnDaysNoOneNurseWorksNeedsTwoNurses() {
        RosterFixture f = new RosterFixture();
        f.shift(f.nurse("ann", 3), 0, 8, 12);
        f.shift(f.nurse("bob", 3), 1, 8, 12);
        PlanningClient mia = PlanningClient.of("mia");
        f.visit("mon", mia, 1, 8 * 60, 9 * 60, 30);
        f.visit("tue", mia, 1, DAY + 8 * 60, DAY + 9 * 60, 30);
        assertThat(ContinuityBound.meanFewestNurses(f.roster(RULES))).isEqualTo(2.0);
    }

    @Test
    void oneNurseWorkingBothDaysIsEnoughAndTheBoundAveragesOverClients() {
        RosterFixture f = new RosterFixture();
        f.shift(f.nurse("ann", 3), 0, 8, 12);
        f.shift(f.nurse("bob", 3), 1, 8, 12);
        PlanningNurse cas = f.nurse("cas", 3);
        f.shift(cas, 0, 8, 12);
        f.shift(cas, 1, 8, 12);
        PlanningClient mia = PlanningClient.of("mia");
        f.visit("mon", mia, 1, 8 * 60, 9 * 60, 30);
        f.visit("tue", mia, 1, DAY + 8 * 60, DAY + 9 * 60, 30);
        // only Ann and Bob have the wound skill, on different days: Noor needs both of them
        PlanningNurse annWound = f.nurse("dee", 4, "wound");
        PlanningNurse bobWound = f.nurse("eef", 4, "wound");
        f.shift(annWound, 0, 8, 12);
        f.shift(bobWound, 1, 8, 12);
        PlanningClient noor = PlanningClient.of("noor");
        f.visit("w-mon", noor, 2, 8 * 60, 9 * 60, 30, 4, "wound");
        f.visit("w-tue", noor, 2, DAY + 8 * 60, DAY + 9 * 60, 30, 4, "wound");
        assertThat(ContinuityBound.meanFewestNurses(f.roster(RULES))).isEqualTo(1.5);
    }

    @Test
    void theHalvesOfADoubleHandedVisitNeedTwoNurses() {
        RosterFixture f = new RosterFixture();
        PlanningNurse ann = f.nurse("ann", 3);
        f.shift(ann, 0, 8, 12);
        f.shift(f.nurse("bob", 3), 0, 8, 12);
        PlanningClient mia = PlanningClient.of("mia");
        PlanningVisit lead = f.visit("hoist-a", mia, 1, 8 * 60, 9 * 60, 30);
        PlanningVisit other = f.visit("hoist-b", mia, 1, 8 * 60, 9 * 60, 30);
        PlanningVisit.linkDoubleHanded(lead, other);
        assertThat(ContinuityBound.meanFewestNurses(f.roster(RULES))).isEqualTo(2.0);
    }

    @Test
    void aVisitNobodyCanDoDoesNotCount() {
        RosterFixture f = new RosterFixture();
        f.shift(f.nurse("ann", 3), 0, 8, 12);
        PlanningClient mia = PlanningClient.of("mia");
        f.visit("mon", mia, 1, 8 * 60, 9 * 60, 30);
        f.visit("stoma", mia, 1, 8 * 60, 9 * 60, 30, 2, "stoma");
        assertThat(ContinuityBound.meanFewestNurses(f.roster(RULES))).isEqualTo(1.0);
    }
}
