package care.rondo.planning;

import static care.rondo.planning.RosterFixture.route;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Timing of routes. Minutes; shifts start 07:00 (420) at location 0; location 1 is 3 minutes away. */
class RosterTimesTest {

    private static final long ANY_TIME = 100_000;

    private final RosterFixture f = new RosterFixture();
    private final PlanningClient client = PlanningClient.of("c");
    private final NurseShift ann = f.shift(f.nurse("ann", 5), 0, 7, 15);
    private final NurseShift bob = f.shift(f.nurse("bob", 5), 0, 7, 15);

    @Test
    void earlyArrivalWaitsForTheWindowToOpen() {
        PlanningVisit visit = f.visit("v", client, 1, 500, 600, 30);
        route(ann, visit);

        f.timedRoster(WorkRules.none());

        assertThat(visit.getArrivalTime()).isEqualTo(423);
        assertThat(visit.getStartTime()).isEqualTo(500);
        assertThat(visit.getEndTime()).isEqualTo(530);
    }

    @Test
    void workSpanLeavesJustInTimeAndIncludesTravelHome() {
        route(ann, f.visit("a", client, 1, 500, 600, 30), f.visit("b", client, 2, 0, ANY_TIME, 10));

        f.timedRoster(WorkRules.none());

        // leaves 497 to start at 500; b 533-543 at L2; 6 minutes home
        assertThat(ann.getWorkStart()).isEqualTo(497);
        assertThat(ann.getWorkEnd()).isEqualTo(549);
        assertThat(ann.getWorkDuration()).isEqualTo(52);
        assertThat(bob.getWorkStart()).isNull();
        assertThat(bob.getWorkDuration()).isZero();
    }

    @Test
    void doubleHandedPartsStartTogetherWhenTheLaterNurseIsReady() {
        PlanningVisit a = f.visit("a", client, 1, 0, ANY_TIME, 30);
        PlanningVisit b = f.visit("b", client, 1, 0, ANY_TIME, 30);
        PlanningVisit.linkDoubleHanded(a, b);
        route(ann, f.visit("before", client, 1, 0, ANY_TIME, 60), a);
        route(bob, b);

        f.timedRoster(WorkRules.none());

        // ann is free at 483; bob arrived at 423 and waits for her
        assertThat(a.getStartTime()).isEqualTo(483);
        assertThat(b.getArrivalTime()).isEqualTo(423);
        assertThat(b.getStartTime()).isEqualTo(483);
    }

    @Test
    void waitingForAPartnerDelaysTheRestOfTheRoute() {
        PlanningVisit a = f.visit("a", client, 1, 0, ANY_TIME, 30);
        PlanningVisit b = f.visit("b", client, 1, 0, ANY_TIME, 30);
        PlanningVisit.linkDoubleHanded(a, b);
        PlanningVisit after = f.visit("after", client, 1, 0, ANY_TIME, 10);
        route(ann, f.visit("before", client, 1, 0, ANY_TIME, 60), a);
        route(bob, b, after);

        f.timedRoster(WorkRules.none());

        assertThat(after.getStartTime()).isEqualTo(513);
    }

    @Test
    void sequencedSecondVisitWaitsForTheMinimumGap() {
        PlanningVisit first = f.visit("first", client, 1, 0, ANY_TIME, 10);
        PlanningVisit second = f.visit("second", client, 1, 0, ANY_TIME, 10);
        PlanningVisit.linkSequence(first, second, 60, 90);
        route(ann, first);
        route(bob, second);

        f.timedRoster(WorkRules.none());

        assertThat(first.getStartTime()).isEqualTo(423);
        assertThat(second.getStartTime()).isEqualTo(483);
    }

    @Test
    void firstOfASequenceWaitsSoTheFollowUpKeepsTheMaximumGap() {
        PlanningVisit first = f.visit("first", client, 1, 0, ANY_TIME, 30);
        PlanningVisit second = f.visit("second", client, 1, 700, ANY_TIME, 30);
        PlanningVisit.linkSequence(first, second, 60, 90);
        route(ann, first, f.visit("after", client, 2, 0, ANY_TIME, 10));
        route(bob, second);

        f.timedRoster(WorkRules.none());

        // second cannot start before 700, so first starts at 610 (not 423) and the rest of ann's route follows
        assertThat(first.getArrivalTime()).isEqualTo(423);
        assertThat(first.getStartTime()).isEqualTo(610);
        assertThat(second.getStartTime()).isEqualTo(700);
        assertThat(ann.getVisits().get(1).getStartTime()).isEqualTo(643);
    }

    @Test
    void pinnedStartOverridesTheWindow() {
        PlanningVisit visit = f.visit("v", client, 1, 500, 600, 30);
        visit.pin(700L);
        route(ann, visit);

        f.timedRoster(WorkRules.none());

        assertThat(visit.getStartTime()).isEqualTo(700);
        assertThat(visit.getLateness()).isZero();
    }

    @Test
    void unassignedVisitsHaveNoTimes() {
        PlanningVisit dropped = f.visit("v", client, 1, 500, 600, 30);
        VisitRoster roster = f.roster(WorkRules.none());
        roster.getUnassigned().getVisits().add(dropped);

        RosterTimes.refresh(roster);

        assertThat(dropped.isUnassigned()).isTrue();
        assertThat(dropped.getNurse()).isNull();
        assertThat(dropped.getStartTime()).isNull();
    }
}
