package care.rondo.solver;
import care.rondo.planning.PlanningClient;
import care.rondo.planning.PlanningVisit;
import care.rondo.planning.RosterConstraint;
import static care.rondo.planning.RosterFixture.route;
import static care.rondo.solver.Verifiers.ANY_TIME;
import static care.rondo.solver.Verifiers.VERIFIER;
import static care.rondo.solver.Verifiers.switchedOn;

import java.util.Set;

import org.junit.jupiter.api.Test;

import care.rondo.planning.NurseShift;
import care.rondo.planning.RosterFixture;
import care.rondo.planning.RosterConstraintWeights;
import care.rondo.planning.VisitRoster;
import care.rondo.planning.WorkRules;

/**
 * Rules on single visits. Times in minutes; the nurse starts at 07:00 (420) from location 0, and location 1 is
 * 3 minutes away.
 */
class VisitConstraintsTest {

    private final RosterFixture f = new RosterFixture();
    private final PlanningClient client = PlanningClient.of("c");

    private VisitRoster oneVisit(int nurseLevel, int minLevel, long earliest, long latest, String... skills) {
        NurseShift shift = f.shift(f.nurse("ann", nurseLevel, "wound"), 0, 7, 15);
        route(shift, f.visit("v", client, 1, earliest, latest, 30, minLevel, skills));
        return f.roster(WorkRules.none());
    }

    @Test
    void levelTooLowPenalized() {
        VERIFIER.verifyThat((p, cf) -> VisitConstraints.levelTooLow(cf))
                .givenSolution(oneVisit(3, 5, 0, ANY_TIME)).penalizesBy(2);
    }

    @Test
    void levelSufficientUnpenalized() {
        VERIFIER.verifyThat((p, cf) -> VisitConstraints.levelTooLow(cf))
                .givenSolution(oneVisit(4, 4, 0, ANY_TIME)).penalizesBy(0);
    }

    @Test
    void missingSkillPenalized() {
        VERIFIER.verifyThat((p, cf) -> VisitConstraints.missingSkill(cf))
                .givenSolution(oneVisit(5, 2, 0, ANY_TIME, "wound", "insulin")).penalizesBy(1);
    }

    @Test
    void skillPresentUnpenalized() {
        VERIFIER.verifyThat((p, cf) -> VisitConstraints.missingSkill(cf))
                .givenSolution(oneVisit(5, 2, 0, ANY_TIME, "wound")).penalizesBy(0);
    }

    @Test
    void refusedNursePenalized() {
        NurseShift shift = f.shift(f.nurse("ann", 5), 0, 7, 15);
        PlanningClient refusing = new PlanningClient("r", Set.of(), Set.of("ann"), Set.of(), 1);
        route(shift, f.visit("v", refusing, 1, 0, ANY_TIME, 30));
        VERIFIER.verifyThat((p, cf) -> VisitConstraints.refusedNurse(cf))
                .givenSolution(f.roster(WorkRules.none())).penalizesBy(1);
    }

    @Test
    void acceptedNurseUnpenalized() {
        VERIFIER.verifyThat((p, cf) -> VisitConstraints.refusedNurse(cf))
                .givenSolution(oneVisit(5, 2, 0, ANY_TIME)).penalizesBy(0);
    }

    @Test
    void lateStartPenalizedByLateness() {
        // arrives 423, window closed at 410
        VERIFIER.verifyThat((p, cf) -> VisitConstraints.lateStart(cf))
                .givenSolution(oneVisit(5, 2, 400, 410)).penalizesBy(13);
    }

    @Test
    void startInsideWindowUnpenalized() {
        VERIFIER.verifyThat((p, cf) -> VisitConstraints.lateStart(cf))
                .givenSolution(oneVisit(5, 2, 420, 500)).penalizesBy(0);
    }

    @Test
    void unassignedVisitPenalizedByPriorityTimesDuration() {
        f.shift(f.nurse("ann", 5), 0, 7, 15);
        PlanningVisit dropped = new PlanningVisit("v", client, f.locations.get(1), 0, ANY_TIME, 30, 2, Set.of(), 3);
        f.visits.add(dropped);
        VisitRoster roster = f.roster(WorkRules.none());
        roster.getUnassigned().getVisits().add(dropped);
        VERIFIER.verifyThat((p, cf) -> VisitConstraints.unassignedVisit(cf)).givenSolution(roster).penalizesBy(90);
    }

    @Test
    void assignedVisitNotPenalizedAsUnassigned() {
        VERIFIER.verifyThat((p, cf) -> VisitConstraints.unassignedVisit(cf))
                .givenSolution(oneVisit(5, 2, 0, ANY_TIME)).penalizesBy(0);
    }

    @Test
    void newlyUnassignedPenalizedOnTopWhenTheAcceptedRosterPlannedIt() {
        VisitRoster roster = droppedVisit("ann");
        // priority 3 x 30 minutes, the same again as "Unassigned visit" charges
        VERIFIER.verifyThat((p, cf) -> VisitConstraints.newlyUnassigned(cf)).givenSolution(roster).penalizesBy(90);
    }

    @Test
    void neverPlannedVisitNotPenalizedAsNewlyUnassigned() {
        VERIFIER.verifyThat((p, cf) -> VisitConstraints.newlyUnassigned(cf))
                .givenSolution(droppedVisit(null)).penalizesBy(0);
    }

    @Test
    void plannedVisitStillAssignedNotPenalizedAsNewlyUnassigned() {
        VisitRoster roster = oneVisit(5, 2, 0, ANY_TIME);
        roster.getVisits().get(0).setPreviousNurseId("bob");
        VERIFIER.verifyThat((p, cf) -> VisitConstraints.newlyUnassigned(cf)).givenSolution(roster).penalizesBy(0);
    }

    private VisitRoster droppedVisit(String previousNurseId) {
        f.shift(f.nurse("ann", 5), 0, 7, 15);
        PlanningVisit dropped = new PlanningVisit("v", client, f.locations.get(1), 0, ANY_TIME, 30, 2, Set.of(), 3);
        dropped.setPreviousNurseId(previousNurseId);
        f.visits.add(dropped);
        VisitRoster roster = f.roster(WorkRules.none());
        roster.getUnassigned().getVisits().add(dropped);
        return roster;
    }

    @Test
    void movedStartPenalizedBeyondTheToleranceWhenEarlier() {
        // starts 423 (07:00 + 3 travel); accepted at 400 with 5 minutes tolerance: 23 - 5 = 18
        VERIFIER.verifyThat((p, cf) -> VisitConstraints.movedStart(cf))
                .givenSolution(acceptedAt(400, 5)).penalizesBy(18);
    }

    @Test
    void movedStartPenalizedBeyondTheToleranceWhenLater() {
        // starts 423; accepted at 450 with 5 minutes tolerance: 27 - 5 = 22
        VERIFIER.verifyThat((p, cf) -> VisitConstraints.movedStart(cf))
                .givenSolution(acceptedAt(450, 5)).penalizesBy(22);
    }

    @Test
    void startWithinTheToleranceUnpenalized() {
        // starts 423; accepted at 420: 3 minutes, inside the 5 a client does not notice
        VERIFIER.verifyThat((p, cf) -> VisitConstraints.movedStart(cf))
                .givenSolution(acceptedAt(420, 5)).penalizesBy(0);
    }

    @Test
    void visitWithoutAcceptedStartUnpenalizedForMovedStart() {
        VERIFIER.verifyThat((p, cf) -> VisitConstraints.movedStart(cf))
                .givenSolution(oneVisit(5, 2, 0, ANY_TIME)).penalizesBy(0);
    }

    private VisitRoster acceptedAt(long acceptedStart, long tolerance) {
        VisitRoster roster = oneVisit(5, 2, 0, ANY_TIME);
        roster.getVisits().get(0).setPreviousStart(acceptedStart, tolerance);
        return roster;
    }

    @Test
    void travelTimeIncludesTheWayHome() {
        NurseShift shift = f.shift(f.nurse("ann", 5), 0, 7, 15);
        route(shift, f.visit("a", client, 1, 0, ANY_TIME, 30), f.visit("b", client, 2, 0, ANY_TIME, 30));
        // office -> L1: 3, L1 -> L2: 3, L2 -> office: 6
        VERIFIER.verifyThat((p, cf) -> VisitConstraints.travelTime(cf))
                .givenSolution(f.roster(WorkRules.none())).penalizesBy(12);
    }

    @Test
    void visitAtTheOfficeCostsNoTravel() {
        NurseShift shift = f.shift(f.nurse("ann", 5), 0, 7, 15);
        route(shift, f.visit("a", client, 0, 0, ANY_TIME, 30));
        VERIFIER.verifyThat((p, cf) -> VisitConstraints.travelTime(cf))
                .givenSolution(f.roster(WorkRules.none())).penalizesBy(0);
    }

    @Test
    void idleTimeBetweenVisitsPenalized() {
        NurseShift shift = f.shift(f.nurse("ann", 5), 0, 7, 15);
        // a: 423-453 at L1; b opens at 500 at L1, so 47 minutes of waiting
        route(shift, f.visit("a", client, 1, 0, ANY_TIME, 30), f.visit("b", client, 1, 500, 600, 30));
        VERIFIER.verifyThat((p, cf) -> VisitConstraints.idleTime(cf))
                .givenSolution(f.roster(WorkRules.none())).penalizesBy(47);
    }

    @Test
    void waitingBeforeTheFirstVisitIsNotIdleTime() {
        VERIFIER.verifyThat((p, cf) -> VisitConstraints.idleTime(cf))
                .givenSolution(oneVisit(5, 2, 500, 600)).penalizesBy(0);
    }

    @Test
    void changedNursePenalizedWhenReplanning() {
        VisitRoster roster = oneVisit(5, 2, 0, ANY_TIME);
        roster.getVisits().get(0).setPreviousNurseId("bob");
        VERIFIER.verifyThat((p, cf) -> VisitConstraints.changedNurse(cf))
                .givenSolution(switchedOn(roster, RosterConstraint.CHANGED_NURSE)).penalizesBy(1);
    }

    @Test
    void sameNurseAsBeforeUnpenalized() {
        VisitRoster roster = oneVisit(5, 2, 0, ANY_TIME);
        roster.getVisits().get(0).setPreviousNurseId("ann");
        VERIFIER.verifyThat((p, cf) -> VisitConstraints.changedNurse(cf))
                .givenSolution(switchedOn(roster, RosterConstraint.CHANGED_NURSE)).penalizesBy(0);
    }

    /** Ann and Bob did the hoist transfer before; now Bob does the lead part and Ann the other: nothing changed. */
    @Test
    void doubleHandedPartsTradedAreNoChange() {
        VisitRoster roster = hoistBy("bob", "ann");
        VERIFIER.verifyThat((p, cf) -> VisitConstraints.changedNurse(cf))
                .givenSolution(switchedOn(roster, RosterConstraint.CHANGED_NURSE)).penalizesBy(0);
    }

    /** Before: Ann and Bob. Now: Bob and Cor. One part has a nurse new to it, whichever part Bob took. */
    @Test
    void doubleHandedWithANewNurseIsOneChange() {
        VisitRoster roster = hoistBy("bob", "cor");
        VERIFIER.verifyThat((p, cf) -> VisitConstraints.changedNurse(cf))
                .givenSolution(switchedOn(roster, RosterConstraint.CHANGED_NURSE)).penalizesBy(1);
    }

    /** A double-handed visit that Ann (lead) and Bob did in the accepted roster, now done by the two nurses given. */
    private VisitRoster hoistBy(String leadNurse, String otherNurse) {
        PlanningVisit lead = f.visit("lead", client, 1, 0, ANY_TIME, 30);
        PlanningVisit other = f.visit("other", client, 1, 0, ANY_TIME, 30);
        PlanningVisit.linkDoubleHanded(lead, other);
        lead.setPreviousNurseId("ann");
        other.setPreviousNurseId("bob");
        route(f.shift(f.nurse(leadNurse, 5), 0, 7, 15), lead);
        route(f.shift(f.nurse(otherNurse, 5), 0, 7, 15), other);
        return f.roster(WorkRules.none());
    }

    @Test
    void lateStartSoftPenalizedByLateness() {
        VERIFIER.verifyThat((p, cf) -> VisitConstraints.lateStartSoft(cf))
                .givenSolution(switchedOn(oneVisit(5, 2, 400, 410), RosterConstraint.LATE_START_SOFT))
                .penalizesBy(13);
    }

    @Test
    void maxLatenessSoftPenalizesOnlyTheWorstVisit() {
        route(f.shift(f.nurse("ann", 5), 0, 7, 15), f.visit("a", client, 1, 400, 410, 30));
        route(f.shift(f.nurse("bob", 5), 0, 7, 15), f.visit("b", client, 1, 400, 400, 30));
        VERIFIER.verifyThat((p, cf) -> VisitConstraints.maxLatenessSoft(cf))
                .givenSolution(switchedOn(f.roster(WorkRules.none()), RosterConstraint.MAX_LATENESS_SOFT))
                .penalizesBy(23);
    }

    @Test
    void maxLatenessSoftUnpenalizedWhenAllOnTime() {
        VERIFIER.verifyThat((p, cf) -> VisitConstraints.maxLatenessSoft(cf))
                .givenSolution(switchedOn(oneVisit(5, 2, 420, 500), RosterConstraint.MAX_LATENESS_SOFT))
                .penalizesBy(0);
    }
}
