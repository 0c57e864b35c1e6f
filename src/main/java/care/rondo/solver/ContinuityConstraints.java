package care.rondo.solver;

import static care.rondo.planning.RosterConstraintWeights.DISTINCT_NURSES_PER_CLIENT;
import static care.rondo.planning.RosterConstraintWeights.NURSE_NEW_TO_CLIENT;
import static care.rondo.planning.RosterConstraintWeights.PREFERRED_NURSE_NOT_USED;
import static care.rondo.solver.VisitConstraints.assignedVisits;

import care.rondo.planning.PlanningVisit;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintCollectors;
import org.optaplanner.core.api.score.stream.ConstraintFactory;

/** Continuity of care: few, familiar, preferred faces for each client. */
final class ContinuityConstraints {

    private ContinuityConstraints() {
    }

    /** Each distinct nurse a client sees this week beyond the team's target (1 by default). */
    static Constraint distinctNursesPerClient(ConstraintFactory factory) {
        return assignedVisits(factory)
                .groupBy(PlanningVisit::getClient, ConstraintCollectors.countDistinct(PlanningVisit::getNurse))
                .filter((client, nurses) -> nurses > client.distinctNurseTarget())
                .penalizeConfigurableLong((client, nurses) -> nurses - client.distinctNurseTarget())
                .justifyWith((client, nurses, score) -> new ClientJustification(client.id(), null,
                        nurses - client.distinctNurseTarget()))
                .asConstraint(DISTINCT_NURSES_PER_CLIENT);
    }

    /** Each nurse this week who did not visit the client in the last accepted week (new clients are exempt). */
    static Constraint nurseNewToClient(ConstraintFactory factory) {
        return assignedVisits(factory)
                .filter(visit -> !visit.getClient().lastWeekNurseIds().isEmpty()
                        && !visit.getClient().lastWeekNurseIds().contains(visit.getNurse().getId()))
                .groupBy(PlanningVisit::getClient, PlanningVisit::getNurse)
                .penalizeConfigurableLong((client, nurse) -> 1L)
                .justifyWith((client, nurse, score) -> new ClientJustification(client.id(), nurse.getId(), 1))
                .asConstraint(NURSE_NEW_TO_CLIENT);
    }

    static Constraint preferredNurseNotUsed(ConstraintFactory factory) {
        return assignedVisits(factory)
                .filter(visit -> !visit.getClient().preferredNurseIds().isEmpty()
                        && !visit.getClient().preferredNurseIds().contains(visit.getNurse().getId()))
                .penalizeConfigurableLong(visit -> 1L)
                .justifyWith((visit, score) -> VisitJustification.of(visit, 1))
                .asConstraint(PREFERRED_NURSE_NOT_USED);
    }
}
