package care.rondo.solver;

import care.rondo.planning.PlanningVisit;

import java.util.Comparator;

/**
 * Construction order, easiest first (the placer sorts descending): visits of a double-handed or sequence pair, then
 * higher minimum level, more skills, a narrower start window; the id breaks ties so the order is total. Hard visits
 * placed first still find a qualified nurse with room; the easy ones fill the gaps.
 */
public class VisitDifficultyComparator implements Comparator<PlanningVisit> {

    private static final Comparator<PlanningVisit> ORDER = Comparator
            .comparing((PlanningVisit v) -> v.getPartner() != null)
            .thenComparingInt(PlanningVisit::getMinLevel)
            .thenComparingInt(v -> v.getRequiredSkills().size())
            .thenComparingLong(v -> -(v.getEffectiveLatestStart() - v.getEffectiveEarliestStart()))
            .thenComparing(PlanningVisit::getId, Comparator.reverseOrder());

    @Override
    public int compare(PlanningVisit a, PlanningVisit b) {
        return ORDER.compare(a, b);
    }
}
