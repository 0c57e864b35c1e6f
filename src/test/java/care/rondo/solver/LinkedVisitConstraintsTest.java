package care.rondo.solver;

import static care.rondo.planning.RosterFixture.route;
import static care.rondo.solver.Verifiers.ANY_TIME;
import static care.rondo.solver.Verifiers.VERIFIER;

import org.junit.jupiter.api.Test;

import care.rondo.planning.NurseShift;
import care.rondo.planning.PlanningClient;
import care.rondo.planning.PlanningVisit;
import care.rondo.planning.RosterFixture;
import care.rondo.planning.VisitRoster;
import care.rondo.planning.WorkRules;

/** Double-handed and sequenced pairs. Times in minutes; shifts start 07:00 (420), location 1 is 3 minutes away. */
class LinkedVisitConstraintsTest {

    private final RosterFixture f = new RosterFixture();
    private final PlanningClient client = PlanningClient.of("c");
    private final NurseShift ann = f.shift(f.nurse("ann", 5), 0, 7, 15);
    private final NurseShift bob = f.shift(f.nurse("bob", 5), 0, 7, 15);

    private PlanningVisit visit(String id, long earliest) {
        return f.visit(id, client, 1, earliest, ANY_TIME, 30);
    }

    @Test
    void doubleHandedTogetherUnpenalized() {
        PlanningVisit a = visit("a", 0);
        PlanningVisit b = visit("b", 0);
        PlanningVisit.linkDoubleHanded(a, b);
        route(ann, visit("before", 0), a);
        route(bob, b);
        VERIFIER.verifyThat((p, cf) -> LinkedVisitConstraints.doubleHandedApart(cf))
                .givenSolution(f.roster(WorkRules.none())).penalizesBy(0);
    }

    /** Crossed pairs wait for each other forever; the bounded timing leaves them apart, and that is penalized. */
    @Test
    void crossedDoubleHandedPairsPenalizedAsApart() {
        PlanningVisit x = visit("x", 0);
        PlanningVisit xPartner = visit("x2", 0);
        PlanningVisit y = visit("y", 0);
        PlanningVisit yPartner = visit("y2", 0);
        PlanningVisit.linkDoubleHanded(x, xPartner);
        PlanningVisit.linkDoubleHanded(y, yPartner);
        route(ann, x, y);
        route(bob, yPartner, xPartner);
        VERIFIER.verifyThat((p, cf) -> LinkedVisitConstraints.doubleHandedApart(cf))
                .givenSolution(f.roster(WorkRules.none())).penalizes(1);
    }

    @Test
    void doubleHandedByOneNursePenalized() {
        PlanningVisit a = visit("a", 0);
        PlanningVisit b = visit("b", 0);
        PlanningVisit.linkDoubleHanded(a, b);
        route(ann, a, b);
        VERIFIER.verifyThat((p, cf) -> LinkedVisitConstraints.doubleHandedOneNurse(cf))
                .givenSolution(f.roster(WorkRules.none())).penalizesBy(1);
    }

    @Test
    void doubleHandedHalfUnassignedPenalized() {
        PlanningVisit a = visit("a", 0);
        PlanningVisit b = visit("b", 0);
        PlanningVisit.linkDoubleHanded(a, b);
        route(ann, a);
        VisitRoster roster = f.roster(WorkRules.none());
        roster.getUnassigned().getVisits().add(b);
        VERIFIER.verifyThat((p, cf) -> LinkedVisitConstraints.doubleHandedOneNurse(cf))
                .givenSolution(roster).penalizesBy(1);
    }

    @Test
    void doubleHandedByTwoNursesUnpenalized() {
        PlanningVisit a = visit("a", 0);
        PlanningVisit b = visit("b", 0);
        PlanningVisit.linkDoubleHanded(a, b);
        route(ann, a);
        route(bob, b);
        VERIFIER.verifyThat((p, cf) -> LinkedVisitConstraints.doubleHandedOneNurse(cf))
                .givenSolution(f.roster(WorkRules.none())).penalizesBy(0);
    }

    @Test
    void sequenceGapTooLongPenalizedByExcess() {
        PlanningVisit first = visit("first", 0);
        PlanningVisit second = visit("second", 700);
        PlanningVisit.linkSequence(first, second, 60, 90);
        first.pin(423L); // a fixed start is never delayed for the follow-up
        route(ann, first);
        route(bob, second);
        // first starts 423, second cannot start before 700: gap 277, 187 over the maximum
        VERIFIER.verifyThat((p, cf) -> LinkedVisitConstraints.sequenceGap(cf))
                .givenSolution(f.roster(WorkRules.none())).penalizesBy(187);
    }

    @Test
    void sequenceGapWithinBoundsUnpenalized() {
        PlanningVisit first = visit("first", 0);
        PlanningVisit second = visit("second", 0);
        PlanningVisit.linkSequence(first, second, 60, 90);
        route(ann, first);
        route(bob, second);
        VERIFIER.verifyThat((p, cf) -> LinkedVisitConstraints.sequenceGap(cf))
                .givenSolution(f.roster(WorkRules.none())).penalizesBy(0);
    }
}
