package care.rondo.solver;
import care.rondo.planning.PlanningVisit;
import care.rondo.planning.RosterConstraint;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

import care.rondo.planning.NurseShift;
import care.rondo.planning.VisitRoster;

/** One verifier for all constraint tests; Bavet explicitly, because the Drools implementation is excluded. */
final class Verifiers {

    static final ConstraintVerifier<RosterConstraintProvider, VisitRoster> VERIFIER = ConstraintVerifier
            .build(new RosterConstraintProvider(), VisitRoster.class, NurseShift.class, PlanningVisit.class)
            .withConstraintStreamImplType(ConstraintStreamImplType.BAVET);

    /** Wide enough that a visit never waits nor runs late. */
    static final long ANY_TIME = 100_000;

    /** Constraints weighted zero by default are not evaluated at all, so tests give them a weight first. */
    static VisitRoster switchedOn(VisitRoster roster, RosterConstraint constraint) {
        roster.getConstraintWeights().withWeight(constraint, HardMediumSoftLongScore.ofSoft(1));
        return roster;
    }

    private Verifiers() {
    }
}
