package care.rondo.solver;

import static care.rondo.planning.RosterFixture.route;
import static care.rondo.solver.Verifiers.ANY_TIME;
import static care.rondo.solver.Verifiers.VERIFIER;

import java.util.Set;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import care.rondo.planning.NurseShift;
import care.rondo.planning.PlanningClient;
import care.rondo.planning.PlanningVisit;
import care.rondo.planning.RosterFixture;
import care.rondo.planning.VisitRoster;
import care.rondo.planning.WorkRules;

/** The client's own wishes: time of day, nurses she likes or would rather not see, how much continuity matters. */
class WishConstraintsTest {

    private final RosterFixture f = new RosterFixture();
    private final NurseShift ann = f.shift(f.nurse("ann", 5), 0, 7, 15);
    private final NurseShift bob = f.shift(f.nurse("bob", 5), 0, 7, 15);
    private final NurseShift cem = f.shift(f.nurse("cem", 5), 0, 7, 15);

    private static PlanningClient wishing(Set<String> liked, Set<String> avoided, int continuity) {
        return new PlanningClient("c", Set.of(), Set.of(), Set.of(), 1, liked, avoided, continuity);
    }

    private PlanningVisit visit(String id, PlanningClient client) {
        return f.visit(id, client, 1, 0, ANY_TIME, 30);
    }

    /** Ann's only visit, at location 1: she starts at 07:00 (420) and arrives after 3 minutes of travel, at 423. */
    private VisitRoster oneVisitWished(Long notBefore, Long notAfter) {
        return oneVisitWished(ANY_TIME, notBefore, notAfter);
    }

    private VisitRoster oneVisitWished(long latestStart, Long notBefore, Long notAfter) {
        PlanningVisit visit = f.visit("v", PlanningClient.of("c"), 1, 0, latestStart, 30);
        visit.setWishedStart(notBefore, notAfter);
        route(ann, visit);
        return f.roster(WorkRules.none());
    }

    @Test
    void nurseWaitsForAWishedNotBeforeInsideTheWindow() {
        // wished not before 08:30 (510), the window allows it: she arrives at 423 and waits, starting at 510
        VisitRoster roster = oneVisitWished(510L, null);
        VERIFIER.verifyThat((p, cf) -> WishConstraints.timeWish(cf)).givenSolution(roster).penalizesBy(0);
        Assertions.assertThat(roster.getVisits().get(0).getStartTime()).isEqualTo(510);
    }

    @Test
    void notBeforeBeyondTheWindowPenalizedPerMinuteEarly() {
        // the window closes at 07:30 (450), before the wished 08:30 (510); starts 423: 510 - 423 = 87
        VERIFIER.verifyThat((p, cf) -> WishConstraints.timeWish(cf))
                .givenSolution(oneVisitWished(450, 510L, null)).penalizesBy(87);
    }

    @Test
    void startAfterTheWishedTimePenalizedPerMinuteLate() {
        // wished not after 07:00 (420); starts 423: 423 - 420 = 3
        VERIFIER.verifyThat((p, cf) -> WishConstraints.timeWish(cf))
                .givenSolution(oneVisitWished(null, 420L)).penalizesBy(3);
    }

    @Test
    void startInsideTheWishedTimeUnpenalized() {
        // wished 07:00–07:30 (420–450); starts 423
        VERIFIER.verifyThat((p, cf) -> WishConstraints.timeWish(cf))
                .givenSolution(oneVisitWished(420L, 450L)).penalizesBy(0);
    }

    @Test
    void visitWithoutTimeWishUnpenalized() {
        VERIFIER.verifyThat((p, cf) -> WishConstraints.timeWish(cf))
                .givenSolution(oneVisitWished(null, null)).penalizesBy(0);
    }

    @Test
    void unassignedVisitIsNoUnmetTimeWish() {
        PlanningVisit visit = visit("v", PlanningClient.of("c"));
        visit.setWishedStart(900L, null);
        VERIFIER.verifyThat((p, cf) -> WishConstraints.timeWish(cf))
                .givenSolution(f.roster(WorkRules.none())).penalizesBy(0);
    }

    @Test
    void likedNurseNotUsedPenalizedPerVisit() {
        PlanningClient client = wishing(Set.of("ann"), Set.of(), 0);
        route(ann, visit("a", client));
        route(bob, visit("b1", client), visit("b2", client));
        // two of her three visits are not by Ann
        VERIFIER.verifyThat((p, cf) -> WishConstraints.likedNurseNotUsed(cf))
                .givenSolution(f.roster(WorkRules.none())).penalizesBy(2);
    }

    @Test
    void visitsByLikedNursesUnpenalized() {
        PlanningClient client = wishing(Set.of("ann", "bob"), Set.of(), 0);
        route(ann, visit("a", client));
        route(bob, visit("b", client));
        VERIFIER.verifyThat((p, cf) -> WishConstraints.likedNurseNotUsed(cf))
                .givenSolution(f.roster(WorkRules.none())).penalizesBy(0);
    }

    @Test
    void clientWithoutLikedNursesUnpenalized() {
        route(bob, visit("b", PlanningClient.of("c")));
        VERIFIER.verifyThat((p, cf) -> WishConstraints.likedNurseNotUsed(cf))
                .givenSolution(f.roster(WorkRules.none())).penalizesBy(0);
    }

    @Test
    void avoidedNursePenalizedPerVisit() {
        PlanningClient client = wishing(Set.of(), Set.of("bob"), 0);
        route(ann, visit("a", client));
        route(bob, visit("b1", client), visit("b2", client));
        VERIFIER.verifyThat((p, cf) -> WishConstraints.avoidedNurse(cf))
                .givenSolution(f.roster(WorkRules.none())).penalizesBy(2);
    }

    @Test
    void otherNursesThanTheAvoidedOneUnpenalized() {
        PlanningClient client = wishing(Set.of(), Set.of("bob"), 0);
        route(ann, visit("a", client));
        route(cem, visit("c", client));
        VERIFIER.verifyThat((p, cf) -> WishConstraints.avoidedNurse(cf))
                .givenSolution(f.roster(WorkRules.none())).penalizesBy(0);
    }

    @Test
    void continuityWishPenalizesExtraNursesTimesHowMuchItMatters() {
        PlanningClient client = wishing(Set.of(), Set.of(), 2);
        route(ann, visit("a", client));
        route(bob, visit("b", client));
        route(cem, visit("c", client));
        // three nurses: 2 beyond the first, times 2 (very important) = 4
        VERIFIER.verifyThat((p, cf) -> WishConstraints.continuityWish(cf))
                .givenSolution(f.roster(WorkRules.none())).penalizesBy(4);
    }

    @Test
    void continuityWishUnpenalizedWithOneNurse() {
        PlanningClient client = wishing(Set.of(), Set.of(), 2);
        route(ann, visit("a", client), visit("a2", client));
        VERIFIER.verifyThat((p, cf) -> WishConstraints.continuityWish(cf))
                .givenSolution(f.roster(WorkRules.none())).penalizesBy(0);
    }

    @Test
    void continuityWishUnpenalizedWhenItMattersAsUsual() {
        PlanningClient client = wishing(Set.of(), Set.of(), 0);
        route(ann, visit("a", client));
        route(bob, visit("b", client));
        VERIFIER.verifyThat((p, cf) -> WishConstraints.continuityWish(cf))
                .givenSolution(f.roster(WorkRules.none())).penalizesBy(0);
    }
}
