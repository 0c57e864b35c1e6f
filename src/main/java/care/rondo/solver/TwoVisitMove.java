package care.rondo.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

import care.rondo.planning.NurseShift;
import care.rondo.planning.PlanningVisit;
import care.rondo.planning.VisitRoster;

/**
 * Moves two visits in one step: each ends at the given index of the given shift (the unassigned bucket included).
 * Used for both visits of a double-handed or sequence pair ({@link LinkedPairMoveFactory}): moving one part alone
 * breaks "double-handed without two nurses" or drags the partner's timing along, so with zero hard temperature a
 * pair in the bucket could never come back one visit at a time. Also used for ejections ({@link
 * EjectionMoveFactory}): an unassigned visit in, the visit it displaces elsewhere.
 * <p>
 * Both visits are taken out first, then inserted; when both go to the same shift the lower final index is inserted
 * first, so the indexes are the positions in the final lists. That makes the undo move the same kind of move back
 * to the original positions.
 */
public final class TwoVisitMove extends AbstractMove<VisitRoster> {

    private static final String VISITS = "visits";

    private final PlanningVisit first;
    private final NurseShift firstShift;
    private final int firstIndex;
    private final PlanningVisit second;
    private final NurseShift secondShift;
    private final int secondIndex;

    /**
     * @param firstIndex position of {@code first} in {@code firstShift}'s list after the move
     * @param secondIndex position of {@code second} in {@code secondShift}'s list after the move
     */
    public TwoVisitMove(PlanningVisit first, NurseShift firstShift, int firstIndex, PlanningVisit second, NurseShift secondShift,
            int secondIndex) {
        this.first = first;
        this.firstShift = firstShift;
        this.firstIndex = firstIndex;
        this.second = second;
        this.secondShift = secondShift;
        this.secondIndex = secondIndex;
    }

    public PlanningVisit getFirst() {
        return first;
    }

    public NurseShift getFirstShift() {
        return firstShift;
    }

    public PlanningVisit getSecond() {
        return second;
    }

    public NurseShift getSecondShift() {
        return secondShift;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<VisitRoster> scoreDirector) {
        if (first.getShift() == null || second.getShift() == null) {
            return false;
        }
        boolean firstStays = first.getShift() == firstShift && indexOf(first) == firstIndex;
        boolean secondStays = second.getShift() == secondShift && indexOf(second) == secondIndex;
        return !(firstStays && secondStays);
    }

    @Override
    protected TwoVisitMove createUndoMove(ScoreDirector<VisitRoster> scoreDirector) {
        return new TwoVisitMove(first, first.getShift(), indexOf(first), second, second.getShift(),
                indexOf(second));
    }

    /**
     * One changed range per touched list, from the first index that changes to the end, announced before and after
     * all list operations: OptaPlanner processes list notifications later against the final lists, so ranges of
     * intermediate lists (a removal and an insertion in the same list) would update the wrong neighbours.
     */
    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<VisitRoster> scoreDirector) {
        NurseShift firstSource = first.getShift();
        NurseShift secondSource = second.getShift();
        int firstSourceIndex = indexOf(first);
        int secondSourceIndex = indexOf(second);
        List<NurseShift> touched = new ArrayList<>(4);
        for (NurseShift shift : new NurseShift[] { firstSource, secondSource, firstShift, secondShift }) {
            if (!touched.contains(shift)) {
                touched.add(shift);
            }
        }
        int[] from = new int[touched.size()];
        for (int i = 0; i < touched.size(); i++) {
            NurseShift shift = touched.get(i);
            int min = Integer.MAX_VALUE;
            min = shift == firstSource ? Math.min(min, firstSourceIndex) : min;
            min = shift == secondSource ? Math.min(min, secondSourceIndex) : min;
            min = shift == firstShift ? Math.min(min, firstIndex) : min;
            min = shift == secondShift ? Math.min(min, secondIndex) : min;
            from[i] = min;
            scoreDirector.beforeListVariableChanged(shift, VISITS, min, shift.getVisits().size());
        }
        firstSource.getVisits().remove(first);
        secondSource.getVisits().remove(second);
        if (firstShift == secondShift && secondIndex < firstIndex) {
            secondShift.getVisits().add(secondIndex, second);
            firstShift.getVisits().add(firstIndex, first);
        } else {
            firstShift.getVisits().add(firstIndex, first);
            secondShift.getVisits().add(secondIndex, second);
        }
        for (int i = 0; i < touched.size(); i++) {
            NurseShift shift = touched.get(i);
            scoreDirector.afterListVariableChanged(shift, VISITS, from[i], shift.getVisits().size());
        }
    }

    private static int indexOf(PlanningVisit visit) {
        return visit.getShift().positionOf(visit);
    }

    @Override
    public TwoVisitMove rebase(ScoreDirector<VisitRoster> destinationScoreDirector) {
        return new TwoVisitMove(destinationScoreDirector.lookUpWorkingObject(first),
                destinationScoreDirector.lookUpWorkingObject(firstShift), firstIndex,
                destinationScoreDirector.lookUpWorkingObject(second),
                destinationScoreDirector.lookUpWorkingObject(secondShift), secondIndex);
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return "TwoVisitMove(visits)";
    }

    @Override
    public List<Object> getPlanningEntities() {
        return List.of(first.getShift(), second.getShift(), firstShift, secondShift);
    }

    @Override
    public List<Object> getPlanningValues() {
        return List.of(first, second);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TwoVisitMove m && m.first == first && m.firstShift == firstShift
                && m.firstIndex == firstIndex && m.second == second && m.secondShift == secondShift
                && m.secondIndex == secondIndex;
    }

    @Override
    public int hashCode() {
        return Objects.hash(first.getId(), firstShift.getId(), firstIndex, second.getId(), secondShift.getId(),
                secondIndex);
    }

    @Override
    public String toString() {
        return first + " {" + first.getShift() + " -> " + firstShift + "[" + firstIndex + "]}, " + second + " {"
                + second.getShift() + " -> " + secondShift + "[" + secondIndex + "]}";
    }
}
