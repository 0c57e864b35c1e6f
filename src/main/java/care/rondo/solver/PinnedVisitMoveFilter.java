package care.rondo.solver;

import java.util.List;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.Move;
import org.optaplanner.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import org.optaplanner.core.impl.heuristic.selector.move.generic.list.ListAssignMove;
import org.optaplanner.core.impl.heuristic.selector.move.generic.list.ListChangeMove;
import org.optaplanner.core.impl.heuristic.selector.move.generic.list.ListSwapMove;
import org.optaplanner.core.impl.heuristic.selector.move.generic.list.SubListChangeMove;
import org.optaplanner.core.impl.heuristic.selector.move.generic.list.SubListSwapMove;

import care.rondo.planning.NurseShift;
import care.rondo.planning.PlanningVisit;
import care.rondo.planning.VisitRoster;

/**
 * Per-visit pinning, which OptaPlanner 10 lacks ({@code @PlanningPinToIndex} came later, elsewhere): a move may not
 * take a pinned visit out of its shift, nor touch a locked shift at all. Moves of unpinned visits around a pinned
 * one are fine: its position in the list may shift, its nurse and fixed start may not.
 * <p>
 * Reads the lists rather than {@code Move#getPlanningValues()}, because sub-list moves only fill those in while
 * being done. Unknown move types are rejected so a future selector cannot silently break a pin.
 */
public class PinnedVisitMoveFilter implements SelectionFilter<VisitRoster, Move<VisitRoster>> {

    @Override
    public boolean accept(ScoreDirector<VisitRoster> scoreDirector, Move<VisitRoster> move) {
        if (move instanceof ListChangeMove<VisitRoster> change) {
            return movable(change.getSourceEntity(), change.getSourceIndex(), 1) && open(change.getDestinationEntity());
        }
        if (move instanceof ListSwapMove<VisitRoster> swap) {
            return movable(swap.getLeftEntity(), swap.getLeftIndex(), 1)
                    && movable(swap.getRightEntity(), swap.getRightIndex(), 1);
        }
        if (move instanceof SubListChangeMove<VisitRoster> change) {
            return movable(change.getSourceEntity(), change.getFromIndex(), change.getSubListSize())
                    && open(change.getDestinationEntity());
        }
        if (move instanceof SubListSwapMove<VisitRoster> swap) {
            return movable(swap.getLeftSubList().getEntity(), swap.getLeftSubList().getFromIndex(),
                    swap.getLeftSubList().getLength())
                    && movable(swap.getRightSubList().getEntity(), swap.getRightSubList().getFromIndex(),
                            swap.getRightSubList().getLength());
        }
        if (move instanceof ListAssignMove<VisitRoster> assign) {
            return open(assign.getDestinationEntity());
        }
        if (move instanceof TwoVisitMove pair) {
            return movable(pair.getFirst()) && movable(pair.getSecond()) && open(pair.getFirstShift())
                    && open(pair.getSecondShift());
        }
        if (move instanceof RouteRewriteMove rewrite) {
            return rewrite.keepsPins();
        }
        return false;
    }

    private static boolean open(Object shift) {
        return !((NurseShift) shift).isLocked();
    }

    private static boolean movable(PlanningVisit visit) {
        return !visit.isPinned() && (visit.getShift() == null || open(visit.getShift()));
    }

    private static boolean movable(Object shift, int fromIndex, int length) {
        if (!open(shift)) {
            return false;
        }
        List<PlanningVisit> visits = ((NurseShift) shift).getVisits();
        for (int i = fromIndex; i < fromIndex + length; i++) {
            if (visits.get(i).isPinned()) {
                return false;
            }
        }
        return true;
    }
}
