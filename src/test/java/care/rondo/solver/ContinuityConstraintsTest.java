package care.rondo.solver;

import static care.rondo.planning.RosterFixture.route;
import static care.rondo.solver.Verifiers.ANY_TIME;
import static care.rondo.solver.Verifiers.VERIFIER;

import java.util.Set;

import org.junit.jupiter.api.Test;

import care.rondo.planning.NurseShift;
import care.rondo.planning.PlanningClient;
import care.rondo.planning.PlanningVisit;
import care.rondo.planning.RosterFixture;
import care.rondo.planning.WorkRules;

/** Continuity of care: how many and which nurses a client sees. */
class ContinuityConstraintsTest {

    private final RosterFixture f = new RosterFixture();
    private final NurseShift ann = f.shift(f.nurse("ann", 5), 0, 7, 15);
    private final NurseShift bob = f.shift(f.nurse("bob", 5), 0, 7, 15);
    private final NurseShift cem = f.shift(f.nurse("cem", 5), 0, 7, 15);

    private PlanningVisit visit(String id, PlanningClient client) {
        return f.visit(id, client, 1, 0, ANY_TIME, 30);
    }

    @Test
    void eachNurseBeyondTheTargetPenalized() {
        PlanningClient client = PlanningClient.of("c");
        route(ann, visit("a", client));
        route(bob, visit("b", client));
        route(cem, visit("c", client));
        VERIFIER.verifyThat((p, cf) -> ContinuityConstraints.distinctNursesPerClient(cf))
                .givenSolution(f.roster(WorkRules.none())).penalizesBy(2);
    }

    @Test
    void nursesWithinTheTeamTargetUnpenalized() {
        PlanningClient client = new PlanningClient("c", Set.of(), Set.of(), Set.of(), 2);
        route(ann, visit("a", client), visit("a2", client));
        route(bob, visit("b", client));
        VERIFIER.verifyThat((p, cf) -> ContinuityConstraints.distinctNursesPerClient(cf))
                .givenSolution(f.roster(WorkRules.none())).penalizesBy(0);
    }

    @Test
    void nurseNewToClientPenalizedOncePerNurse() {
        PlanningClient client = new PlanningClient("c", Set.of(), Set.of(), Set.of("ann"), 1);
        route(ann, visit("a", client));
        route(bob, visit("b1", client), visit("b2", client));
        VERIFIER.verifyThat((p, cf) -> ContinuityConstraints.nurseNewToClient(cf))
                .givenSolution(f.roster(WorkRules.none())).penalizesBy(1);
    }

    @Test
    void newClientHasNoNewNurses() {
        route(bob, visit("b", PlanningClient.of("new")));
        VERIFIER.verifyThat((p, cf) -> ContinuityConstraints.nurseNewToClient(cf))
                .givenSolution(f.roster(WorkRules.none())).penalizesBy(0);
    }

    @Test
    void preferredNurseNotUsedPenalizedPerVisit() {
        PlanningClient client = new PlanningClient("c", Set.of("ann"), Set.of(), Set.of(), 1);
        route(bob, visit("b1", client), visit("b2", client));
        VERIFIER.verifyThat((p, cf) -> ContinuityConstraints.preferredNurseNotUsed(cf))
                .givenSolution(f.roster(WorkRules.none())).penalizesBy(2);
    }

    @Test
    void preferredNurseUsedUnpenalized() {
        PlanningClient client = new PlanningClient("c", Set.of("ann"), Set.of(), Set.of(), 1);
        route(ann, visit("a", client));
        VERIFIER.verifyThat((p, cf) -> ContinuityConstraints.preferredNurseNotUsed(cf))
                .givenSolution(f.roster(WorkRules.none())).penalizesBy(0);
    }
}
