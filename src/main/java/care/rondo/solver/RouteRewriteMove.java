package care.rondo.solver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

import care.rondo.planning.NurseShift;
import care.rondo.planning.PlanningVisit;
import care.rondo.planning.VisitRoster;

/**
 * Gives a few shifts (the unassigned bucket included) new visit lists in one step: the result of a {@linkplain
 * RuinRecreateMoveFactory ruin and recreate}. Every visit taken out of one of these lists is in another of them, so
 * the move only reshuffles visits among the shifts it names. Each list is announced as changed over its whole length,
 * before and after all changes, as {@link TwoVisitMove} does for its ranges. The undo move puts the lists back.
 */
public final class RouteRewriteMove extends AbstractMove<VisitRoster> {

    private static final String VISITS = "visits";

    /** Shift to its list after the move, in a fixed order (reproducible runs). */
    private final Map<NurseShift, List<PlanningVisit>> after;

    RouteRewriteMove(Map<NurseShift, List<PlanningVisit>> after) {
        this.after = after;
    }

    Map<NurseShift, List<PlanningVisit>> after() {
        return after;
    }

    /**
     * Whether no touched shift is locked and every pinned visit of a touched shift stays in it (its position may
     * change as visits around it come and go, as with any other move).
     */
    boolean keepsPins() {
        for (Map.Entry<NurseShift, List<PlanningVisit>> entry : after.entrySet()) {
            NurseShift shift = entry.getKey();
            if (shift.isLocked()) {
                return false;
            }
            for (PlanningVisit visit : shift.getVisits()) {
                if (visit.isPinned() && !containsIdentical(entry.getValue(), visit)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean containsIdentical(List<PlanningVisit> visits, PlanningVisit visit) {
        for (PlanningVisit v : visits) {
            if (v == visit) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<VisitRoster> scoreDirector) {
        for (Map.Entry<NurseShift, List<PlanningVisit>> entry : after.entrySet()) {
            if (!sameOrder(entry.getKey().getVisits(), entry.getValue())) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameOrder(List<PlanningVisit> a, List<PlanningVisit> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    @Override
    protected RouteRewriteMove createUndoMove(ScoreDirector<VisitRoster> scoreDirector) {
        Map<NurseShift, List<PlanningVisit>> before = new LinkedHashMap<>();
        after.keySet().forEach(shift -> before.put(shift, List.copyOf(shift.getVisits())));
        return new RouteRewriteMove(before);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<VisitRoster> scoreDirector) {
        for (NurseShift shift : after.keySet()) {
            scoreDirector.beforeListVariableChanged(shift, VISITS, 0, shift.getVisits().size());
        }
        for (Map.Entry<NurseShift, List<PlanningVisit>> entry : after.entrySet()) {
            List<PlanningVisit> visits = entry.getKey().getVisits();
            visits.clear();
            visits.addAll(entry.getValue());
        }
        for (NurseShift shift : after.keySet()) {
            scoreDirector.afterListVariableChanged(shift, VISITS, 0, shift.getVisits().size());
        }
    }

    @Override
    public RouteRewriteMove rebase(ScoreDirector<VisitRoster> destinationScoreDirector) {
        Map<NurseShift, List<PlanningVisit>> rebased = new LinkedHashMap<>();
        after.forEach((shift, visits) -> {
            List<PlanningVisit> list = new ArrayList<>(visits.size());
            visits.forEach(v -> list.add(destinationScoreDirector.lookUpWorkingObject(v)));
            rebased.put(destinationScoreDirector.lookUpWorkingObject(shift), list);
        });
        return new RouteRewriteMove(rebased);
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return "RouteRewriteMove(visits)";
    }

    @Override
    public List<Object> getPlanningEntities() {
        return List.copyOf(after.keySet());
    }

    @Override
    public List<Object> getPlanningValues() {
        List<Object> values = new ArrayList<>();
        after.values().forEach(values::addAll);
        return values;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("rewrite");
        after.forEach((shift, visits) -> sb.append(' ').append(shift).append('=').append(visits.size()));
        return sb.toString();
    }
}
