package care.rondo.solver;

import java.util.Comparator;

import care.rondo.planning.Visit;

/**
 * Construction order, easiest first (the placer sorts descending): visits of a double-handed or sequence pair, then
 * higher minimum level, more skills, a narrower start window; the id breaks ties so the order is total. Hard visits
 * placed first still find a qualified nurse with room; the easy ones fill the gaps.
 */
public class VisitDifficultyComparator implements Comparator<Visit> {

    private static final Comparator<Visit> ORDER = Comparator
            .comparing((Visit v) -> v.getPartner() != null)
            .thenComparingInt(Visit::getMinLevel)
            .thenComparingInt(v -> v.getRequiredSkills().size())
            .thenComparingLong(v -> -(v.getEffectiveLatestStart() - v.getEffectiveEarliestStart()))
            .thenComparing(Visit::getId, Comparator.reverseOrder());

    @Override
    public int compare(Visit a, Visit b) {
        return ORDER.compare(a, b);
    }
}
