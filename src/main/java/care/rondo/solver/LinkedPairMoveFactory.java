package care.rondo.solver;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

import care.rondo.planning.LinkType;
import care.rondo.planning.NurseShift;
import care.rondo.planning.PlanningVisit;
import care.rondo.planning.VisitRoster;

/**
 * Random {@link TwoVisitMove}s: a random unpinned pair, each visit to a random shift that {@linkplain
 * ReachableShiftMoveFilter can hold it} (two different shifts for a double-handed pair), inserted where its route
 * passes a common target moment (a random start in the lead's window; the follow-up of a sequence a random allowed
 * gap later), sometimes at a random position instead. Now and then both go to the unassigned bucket, which is how a
 * pair with one part left undone becomes whole again without a hard penalty on the way.
 * <p>
 * Random selection only; the list of pairs and each visit's possible shifts are computed once per phase.
 */
public class LinkedPairMoveFactory implements MoveIteratorFactory<VisitRoster, TwoVisitMove> {

    private static final double BUCKET_PROBABILITY = 0.05;
    private static final double RANDOM_INDEX_PROBABILITY = 0.25;

    private List<PlanningVisit> leads = List.of();
    private final Map<PlanningVisit, List<NurseShift>> candidates = new IdentityHashMap<>();
    private NurseShift bucket;

    @Override
    public void phaseStarted(ScoreDirector<VisitRoster> scoreDirector) {
        VisitRoster roster = scoreDirector.getWorkingSolution();
        ReachableShiftMoveFilter filter = new ReachableShiftMoveFilter();
        bucket = roster.getUnassigned();
        candidates.clear();
        List<PlanningVisit> found = new ArrayList<>();
        for (PlanningVisit visit : roster.getVisits()) {
            PlanningVisit partner = visit.getPartner();
            if (!visit.isLinkLead() || partner == null || visit.isPinned() || partner.isPinned()
                    || locked(visit) || locked(partner)) {
                continue;
            }
            found.add(visit);
            for (PlanningVisit v : List.of(visit, partner)) {
                List<NurseShift> shifts = new ArrayList<>();
                for (NurseShift shift : roster.getShifts()) {
                    if (!shift.isLocked() && filter.fits(roster.getConstraintWeights(), v, shift)) {
                        shifts.add(shift);
                    }
                }
                candidates.put(v, shifts);
            }
        }
        leads = found;
    }

    @Override
    public void phaseEnded(ScoreDirector<VisitRoster> scoreDirector) {
        leads = List.of();
        candidates.clear();
        bucket = null;
    }

    private static boolean locked(PlanningVisit visit) {
        return visit.getShift() != null && visit.getShift().isLocked();
    }

    @Override
    public long getSize(ScoreDirector<VisitRoster> scoreDirector) {
        long size = 0;
        for (PlanningVisit lead : leads) {
            size += (long) (candidates.get(lead).size() + 1) * (candidates.get(lead.getPartner()).size() + 1);
        }
        return size;
    }

    @Override
    public Iterator<TwoVisitMove> createOriginalMoveIterator(ScoreDirector<VisitRoster> scoreDirector) {
        throw new UnsupportedOperationException("Linked pair moves are selected randomly only");
    }

    @Override
    public Iterator<TwoVisitMove> createRandomMoveIterator(ScoreDirector<VisitRoster> scoreDirector,
            Random random) {
        if (leads.isEmpty()) {
            return Collections.emptyIterator();
        }
        // endless: the solver takes as many as it needs
        return Stream.generate(() -> randomMove(random)).iterator();
    }

    private TwoVisitMove randomMove(Random random) {
        PlanningVisit first = leads.get(random.nextInt(leads.size()));
        PlanningVisit second = first.getPartner();
        if (random.nextDouble() < BUCKET_PROBABILITY) {
            int end = sizeWithout(bucket, first, second);
            return new TwoVisitMove(first, bucket, end, second, bucket, end + 1);
        }
        List<NurseShift> firstShifts = candidates.get(first);
        List<NurseShift> secondShifts = candidates.get(second);
        if (firstShifts.isEmpty() || secondShifts.isEmpty()) {
            return stay(first, second);
        }
        NurseShift firstShift = firstShifts.get(random.nextInt(firstShifts.size()));
        NurseShift secondShift = secondShifts.get(random.nextInt(secondShifts.size()));
        if (first.getLinkType() == LinkType.DOUBLE_HANDED && firstShift == secondShift) {
            if (secondShifts.size() < 2) {
                return stay(first, second);
            }
            int i = random.nextInt(secondShifts.size() - 1);
            secondShift = secondShifts.get(i >= secondShifts.indexOf(firstShift) ? i + 1 : i);
        }
        long firstTarget = first.getEffectiveEarliestStart()
                + (long) (random.nextDouble() * (first.getEffectiveLatestStart() - first.getEffectiveEarliestStart()));
        long secondTarget = first.getLinkType() == LinkType.DOUBLE_HANDED ? firstTarget
                : firstTarget + first.getMinGap() + (long) (random.nextDouble() * (first.getMaxGap() - first.getMinGap()));
        int firstIndex = index(firstShift, firstTarget, first, second, random);
        int secondIndex = index(secondShift, secondTarget, first, second, random);
        if (firstShift == secondShift) {
            // Both counted on the list without the pair: the later one moves one further.
            if (firstIndex < secondIndex || firstIndex == secondIndex && firstTarget <= secondTarget) {
                secondIndex++;
            } else {
                firstIndex++;
            }
        }
        return new TwoVisitMove(first, firstShift, firstIndex, second, secondShift, secondIndex);
    }

    private static TwoVisitMove stay(PlanningVisit first, PlanningVisit second) {
        // Not doable, so the local search skips it.
        return new TwoVisitMove(first, first.getShift(), first.getShift().getVisits().indexOf(first), second,
                second.getShift(), second.getShift().getVisits().indexOf(second));
    }

    /** Where a visit starting at {@code target} fits in the route, counted without the moving pair. */
    private static int index(NurseShift shift, long target, PlanningVisit first, PlanningVisit second, Random random) {
        int size = sizeWithout(shift, first, second);
        if (random.nextDouble() < RANDOM_INDEX_PROBABILITY) {
            return random.nextInt(size + 1);
        }
        int index = 0;
        for (PlanningVisit visit : shift.getVisits()) {
            if (visit != first && visit != second && visit.getStartTime() != null && visit.getStartTime() < target) {
                index++;
            }
        }
        return index;
    }

    private static int sizeWithout(NurseShift shift, PlanningVisit first, PlanningVisit second) {
        int size = shift.getVisits().size();
        size -= first.getShift() == shift ? 1 : 0;
        size -= second.getShift() == shift ? 1 : 0;
        return size;
    }
}
