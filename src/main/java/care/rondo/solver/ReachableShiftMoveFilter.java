package care.rondo.solver;
import care.rondo.planning.PlanningVisit;
import care.rondo.planning.RosterConstraint;
import java.util.List;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.Move;
import org.optaplanner.core.impl.heuristic.selector.list.SubList;
import org.optaplanner.core.impl.heuristic.selector.move.generic.list.ListAssignMove;
import org.optaplanner.core.impl.heuristic.selector.move.generic.list.ListChangeMove;
import org.optaplanner.core.impl.heuristic.selector.move.generic.list.ListSwapMove;
import org.optaplanner.core.impl.heuristic.selector.move.generic.list.SubListChangeMove;
import org.optaplanner.core.impl.heuristic.selector.move.generic.list.SubListSwapMove;

import care.rondo.planning.NurseShift;
import care.rondo.planning.RosterConstraintWeights;
import care.rondo.planning.VisitRoster;

/**
 * The {@linkplain PinnedVisitMoveFilter pin filter} plus pruning of destinations a visit can never be done in: a
 * shift whose working window cannot contain the visit's start window (shift start after the latest start, or the
 * earliest start after the shift end), a nurse below the visit's level, without one of its skills, or refused by
 * the client. Such a move always adds a hard penalty while the unassigned bucket (always allowed) costs only medium,
 * so it can never lead to a better roster; skipping it saves a score calculation. A team-week Monday-early visit
 * fits in about one shift in fourteen, which is what makes the construction heuristic fast.
 * <p>
 * Each check applies only while its constraint has a hard weight: benchmarks that turn the start window into a soft
 * cost (HHCRSP) keep every destination. Moves within one shift are never pruned (the visits stay where they are).
 */
public class ReachableShiftMoveFilter extends PinnedVisitMoveFilter {

    private RosterConstraintWeights weightsSeen;
    private boolean lateStartIsHard;
    private boolean shiftEndIsHard;
    private boolean levelIsHard;
    private boolean skillIsHard;
    private boolean refusalIsHard;

    @Override
    public boolean accept(ScoreDirector<VisitRoster> scoreDirector, Move<VisitRoster> move) {
        if (!super.accept(scoreDirector, move)) {
            return false;
        }
        readWeights(scoreDirector.getWorkingSolution().getConstraintWeights());
        if (move instanceof ListChangeMove<VisitRoster> change) {
            return change.getSourceEntity() == change.getDestinationEntity()
                    || fits(visitAt(change.getSourceEntity(), change.getSourceIndex()), change.getDestinationEntity());
        }
        if (move instanceof ListAssignMove<VisitRoster> assign) {
            return fits((PlanningVisit) assign.getMovedValue(), assign.getDestinationEntity());
        }
        if (move instanceof ListSwapMove<VisitRoster> swap) {
            return swap.getLeftEntity() == swap.getRightEntity()
                    || fits(visitAt(swap.getLeftEntity(), swap.getLeftIndex()), swap.getRightEntity())
                            && fits(visitAt(swap.getRightEntity(), swap.getRightIndex()), swap.getLeftEntity());
        }
        if (move instanceof SubListChangeMove<VisitRoster> change) {
            return change.getSourceEntity() == change.getDestinationEntity()
                    || allFit(change.getSourceEntity(), change.getFromIndex(), change.getSubListSize(),
                            change.getDestinationEntity());
        }
        if (move instanceof SubListSwapMove<VisitRoster> swap) {
            SubList left = swap.getLeftSubList();
            SubList right = swap.getRightSubList();
            return left.getEntity() == right.getEntity()
                    || allFit(left.getEntity(), left.getFromIndex(), left.getLength(), right.getEntity())
                            && allFit(right.getEntity(), right.getFromIndex(), right.getLength(), left.getEntity());
        }
        if (move instanceof TwoVisitMove pair) {
            return (pair.getFirst().getShift() == pair.getFirstShift() || fits(pair.getFirst(), pair.getFirstShift()))
                    && (pair.getSecond().getShift() == pair.getSecondShift()
                            || fits(pair.getSecond(), pair.getSecondShift()));
        }
        return true; // the pin filter already rejected unknown move types
    }

    private static PlanningVisit visitAt(Object shift, int index) {
        return ((NurseShift) shift).getVisits().get(index);
    }

    private boolean allFit(Object source, int fromIndex, int length, Object destination) {
        List<PlanningVisit> visits = ((NurseShift) source).getVisits();
        for (int i = fromIndex; i < fromIndex + length; i++) {
            if (!fits(visits.get(i), destination)) {
                return false;
            }
        }
        return true;
    }

    /** {@link #fits(PlanningVisit, Object)} under the given weights. */
    public boolean fits(RosterConstraintWeights weights, PlanningVisit visit, NurseShift destination) {
        readWeights(weights);
        return fits(visit, destination);
    }

    /** Whether the visit could be done in the shift without a hard penalty that no other move of it can undo. */
    private boolean fits(PlanningVisit visit, Object destination) {
        NurseShift shift = (NurseShift) destination;
        if (shift.isUnassignedBucket()) {
            return true;
        }
        if (lateStartIsHard && shift.getStart() > visit.getEffectiveLatestStart()
                || shiftEndIsHard && visit.getEffectiveEarliestStart() > shift.getEnd()) {
            return false;
        }
        if (levelIsHard && shift.getNurse().getLevel() < visit.getMinLevel()) {
            return false;
        }
        if (skillIsHard && !shift.getNurse().getSkills().containsAll(visit.getRequiredSkills())) {
            return false;
        }
        return !refusalIsHard || !visit.getClient().refusedNurseIds().contains(shift.getNurse().getId());
    }

    private void readWeights(RosterConstraintWeights weights) {
        if (weights == weightsSeen) {
            return;
        }
        weightsSeen = weights;
        lateStartIsHard = hard(weights, RosterConstraint.LATE_START);
        shiftEndIsHard = hard(weights, RosterConstraint.SHIFT_END_EXCEEDED);
        levelIsHard = hard(weights, RosterConstraint.LEVEL_TOO_LOW);
        skillIsHard = hard(weights, RosterConstraint.MISSING_SKILL);
        refusalIsHard = hard(weights, RosterConstraint.REFUSED_NURSE);
    }

    private static boolean hard(RosterConstraintWeights weights, RosterConstraint constraint) {
        HardMediumSoftLongScore weight = weights.weightOf(constraint);
        return weight.hardScore() > 0;
    }
}
