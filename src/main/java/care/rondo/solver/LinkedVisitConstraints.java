package care.rondo.solver;

import static care.rondo.planning.RosterConstraintWeights.DOUBLE_HANDED_APART;
import static care.rondo.planning.RosterConstraintWeights.DOUBLE_HANDED_ONE_NURSE;
import static care.rondo.planning.RosterConstraintWeights.SEQUENCE_GAP;

import java.util.function.Function;
import care.rondo.planning.PlanningVisit;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.Joiners;
import org.optaplanner.core.api.score.stream.bi.BiConstraintStream;

import care.rondo.planning.LinkType;

/**
 * Rules on double-handed and sequenced pairs. Pairs are joined, never read through {@code getPartner()} in a
 * filter, so the match is re-evaluated when either side moves.
 */
final class LinkedVisitConstraints {

    private LinkedVisitConstraints() {
    }

    private static BiConstraintStream<PlanningVisit, PlanningVisit> pairs(ConstraintFactory factory, LinkType type) {
        return factory.forEach(PlanningVisit.class)
                .filter(visit -> visit.isLinkLead() && visit.getLinkType() == type)
                .join(PlanningVisit.class, Joiners.equal(PlanningVisit::getPartner, Function.identity()));
    }

    static Constraint doubleHandedApart(ConstraintFactory factory) {
        return pairs(factory, LinkType.DOUBLE_HANDED)
                .filter((lead, other) -> lead.isAssigned() && other.isAssigned()
                        && !lead.getStartTime().equals(other.getStartTime()))
                .penalizeConfigurableLong(LinkedVisitConstraints::startDifference)
                .justifyWith((lead, other, score) -> VisitPairJustification.of(lead, other,
                        startDifference(lead, other)))
                .asConstraint(DOUBLE_HANDED_APART);
    }

    private static long startDifference(PlanningVisit lead, PlanningVisit other) {
        return Math.abs(lead.getStartTime() - other.getStartTime());
    }

    /** Both parts with one nurse, or one part left unassigned: either way one nurse stands alone at the hoist. */
    static Constraint doubleHandedOneNurse(ConstraintFactory factory) {
        return pairs(factory, LinkType.DOUBLE_HANDED)
                .filter((lead, other) -> lead.isAssigned() && other.isAssigned()
                        ? lead.getNurse() == other.getNurse()
                        : lead.isAssigned() && other.isUnassigned() || lead.isUnassigned() && other.isAssigned())
                .penalizeConfigurableLong((lead, other) -> 1L)
                .justifyWith((lead, other, score) -> VisitPairJustification.of(lead, other, 1))
                .asConstraint(DOUBLE_HANDED_ONE_NURSE);
    }

    static Constraint sequenceGap(ConstraintFactory factory) {
        return pairs(factory, LinkType.SEQUENCE)
                .filter((first, second) -> first.isAssigned() && second.isAssigned()
                        && gapViolation(first, second) > 0)
                .penalizeConfigurableLong(LinkedVisitConstraints::gapViolation)
                .justifyWith((first, second, score) -> VisitPairJustification.of(first, second,
                        gapViolation(first, second)))
                .asConstraint(SEQUENCE_GAP);
    }

    /** How far the gap between the starts falls outside [min, max]. */
    private static long gapViolation(PlanningVisit first, PlanningVisit second) {
        long gap = second.getStartTime() - first.getStartTime();
        return Math.max(0, first.getMinGap() - gap) + Math.max(0, gap - first.getMaxGap());
    }
}
