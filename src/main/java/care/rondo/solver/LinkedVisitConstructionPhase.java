package care.rondo.solver;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;

import care.rondo.planning.NurseShift;
import care.rondo.planning.PlanningVisit;
import care.rondo.planning.RosterConstraint;
import care.rondo.planning.RosterConstraintWeights;
import care.rondo.planning.VisitRoster;

/**
 * Places the linked visits (double-handed and sequence pairs) first, with OptaPlanner's construction heuristic, but on
 * a copy of the roster whose weights leave workload fairness and the contract minimum out, then puts them into the
 * working roster at the very positions the copy chose.
 * <p>
 * Why: in an empty week every nurse is below her contract minimum, which pays for any work she gets, a longer trip
 * included (one a second, as much as the trip costs), and workload fairness then measured hours against the contract
 * midpoint and paid about ten a second more at five hours under. Scored with them, the first pairs went to the nurses
 * who had to travel furthest. (Fairness now measures each nurse against her share of the team's work, which does not
 * pay for travel; the copy still leaves both out, as measured.) Team L out of construction: 96 / 213 / 338 visits
 * undone with them, against 26 / 126 / 289 this way. The search prices both again. The weights are
 * changed on a copy, not in place, so that the solver never compares scores taken under two sets of weights.
 */
public class LinkedVisitConstructionPhase implements CustomPhaseCommand<VisitRoster> {

    /** The constraints that steer an empty week's first pairs by whose hours are short, not by where they live. */
    private static final List<RosterConstraint> LEFT_OUT = List.of(RosterConstraint.WORKLOAD_FAIRNESS,
            RosterConstraint.UNDER_CONTRACT_MINIMUM);

    /** Built once: the construction heuristic alone, on the linked visits. */
    private static final class Holder {
        static final SolverFactory<VisitRoster> FACTORY = SolverFactory.create(
                RosterSolverConfig.model(EnvironmentMode.REPRODUCIBLE).withPhases(
                        RosterSolverConfig.constructionHeuristic(RosterSolverConfig.LinkedVisitFilter.class)));
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<VisitRoster> scoreDirector) {
        VisitRoster working = scoreDirector.getWorkingSolution();
        if (working.getVisits().stream().noneMatch(LinkedVisitConstructionPhase::unplacedLinked)) {
            return;
        }
        @SuppressWarnings("unchecked")
        VisitRoster copy = ((InnerScoreDirector<VisitRoster, ?>) scoreDirector).cloneWorkingSolution();
        copy.useConstraintWeights(withoutWorkReward(working.getConstraintWeights()));
        VisitRoster placed = Holder.FACTORY.buildSolver().solve(copy);

        Map<String, NurseShift> shiftById = new HashMap<>();
        for (NurseShift shift : working.getAllShifts()) {
            shiftById.put(shift.getId(), shift);
        }
        Map<String, PlanningVisit> visitById = new HashMap<>();
        for (PlanningVisit visit : working.getVisits()) {
            if (unplacedLinked(visit)) {
                visitById.put(visit.getId(), visit);
            }
        }
        // In list order per shift, so that each index is final when it is used (the copy kept the other visits' order).
        for (NurseShift placedShift : placed.getAllShifts()) {
            NurseShift shift = shiftById.get(placedShift.getId());
            List<PlanningVisit> order = placedShift.getVisits();
            for (int index = 0; index < order.size(); index++) {
                PlanningVisit visit = visitById.get(order.get(index).getId());
                if (visit != null) {
                    CheapestInsertionPhase.assign(scoreDirector, shift, index, visit);
                }
            }
        }
    }

    private static boolean unplacedLinked(PlanningVisit visit) {
        return visit.getPartner() != null && visit.getShift() == null;
    }

    private static RosterConstraintWeights withoutWorkReward(RosterConstraintWeights weights) {
        RosterConstraintWeights copy = new RosterConstraintWeights();
        for (RosterConstraint constraint : RosterConstraint.values()) {
            copy.withWeight(constraint, LEFT_OUT.contains(constraint) ? HardMediumSoftLongScore.ZERO
                    : weights.weightOf(constraint));
        }
        return copy;
    }
}
