package care.rondo.solver;

import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;

/**
 * Every roster constraint, hard first. Weights (and their level) come from
 * {@link care.rondo.planning.RosterConstraintWeights}, so a team or a benchmark can retune without code.
 */
public class RosterConstraintProvider implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                // hard
                VisitConstraints.levelTooLow(factory),
                VisitConstraints.missingSkill(factory),
                VisitConstraints.refusedNurse(factory),
                VisitConstraints.lateStart(factory),
                WorkloadConstraints.shiftEndExceeded(factory),
                LinkedVisitConstraints.doubleHandedApart(factory),
                LinkedVisitConstraints.doubleHandedOneNurse(factory),
                LinkedVisitConstraints.sequenceGap(factory),
                WorkloadConstraints.maxWorkPerDay(factory),
                WorkloadConstraints.restBetweenDays(factory),
                WorkloadConstraints.contractMaximum(factory),
                WorkloadConstraints.shiftCapacity(factory),
                // medium
                VisitConstraints.unassignedVisit(factory),
                VisitConstraints.newlyUnassigned(factory),
                // soft
                ContinuityConstraints.distinctNursesPerClient(factory),
                ContinuityConstraints.nurseNewToClient(factory),
                ContinuityConstraints.preferredNurseNotUsed(factory),
                WishConstraints.timeWish(factory),
                WishConstraints.likedNurseNotUsed(factory),
                WishConstraints.avoidedNurse(factory),
                WishConstraints.continuityWish(factory),
                VisitConstraints.travelTime(factory),
                WorkloadConstraints.underContractMinimum(factory),
                WorkloadConstraints.workloadFairness(factory),
                VisitConstraints.idleTime(factory),
                VisitConstraints.changedNurse(factory),
                VisitConstraints.movedStart(factory),
                VisitConstraints.lateStartSoft(factory),
                VisitConstraints.maxLatenessSoft(factory),
        };
    }
}
