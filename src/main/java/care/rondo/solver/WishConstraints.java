package care.rondo.solver;

import static care.rondo.planning.RosterConstraintWeights.AVOIDED_NURSE;
import static care.rondo.planning.RosterConstraintWeights.CONTINUITY_WISH;
import static care.rondo.planning.RosterConstraintWeights.LIKED_NURSE_NOT_USED;
import static care.rondo.planning.RosterConstraintWeights.TIME_WISH;
import static care.rondo.solver.VisitConstraints.assignedVisits;

import care.rondo.planning.PlanningVisit;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintCollectors;
import org.optaplanner.core.api.score.stream.ConstraintFactory;

/** "What matters to me": the client's own wishes, each soft and weighted by the team. */
final class WishConstraints {

    private WishConstraints() {
    }

    /** A visit that starts outside the client's wished time of day, per time unit outside. */
    static Constraint timeWish(ConstraintFactory factory) {
        return assignedVisits(factory)
                .filter(visit -> visit.hasTimeWish() && visit.getStartOutsideWish() > 0)
                .penalizeConfigurableLong(PlanningVisit::getStartOutsideWish)
                .justifyWith((visit, score) -> VisitJustification.of(visit, visit.getStartOutsideWish()))
                .asConstraint(TIME_WISH);
    }

    /** A visit of a client who named nurses she likes, done by another nurse. */
    static Constraint likedNurseNotUsed(ConstraintFactory factory) {
        return assignedVisits(factory)
                .filter(visit -> !visit.getClient().likedNurseIds().isEmpty()
                        && !visit.getClient().likedNurseIds().contains(visit.getNurse().getId()))
                .penalizeConfigurableLong(visit -> 1L)
                .justifyWith((visit, score) -> VisitJustification.of(visit, 1))
                .asConstraint(LIKED_NURSE_NOT_USED);
    }

    /** A visit by a nurse the client would rather not see (her wish; the team's refusal is the hard rule). */
    static Constraint avoidedNurse(ConstraintFactory factory) {
        return assignedVisits(factory)
                .filter(visit -> visit.getClient().avoidedNurseIds().contains(visit.getNurse().getId()))
                .penalizeConfigurableLong(visit -> 1L)
                .justifyWith((visit, score) -> VisitJustification.of(visit, 1))
                .asConstraint(AVOIDED_NURSE);
    }

    /**
     * Each nurse beyond the first a client sees this week, times how much continuity matters to her (0 for most
     * clients, who are served by "Distinct nurses per client" alone).
     */
    static Constraint continuityWish(ConstraintFactory factory) {
        return assignedVisits(factory)
                .filter(visit -> visit.getClient().continuityImportance() > 0)
                .groupBy(PlanningVisit::getClient, ConstraintCollectors.countDistinct(PlanningVisit::getNurse))
                .filter((client, nurses) -> nurses > 1)
                .penalizeConfigurableLong((client, nurses) -> (nurses - 1L) * client.continuityImportance())
                .justifyWith((client, nurses, score) -> new ClientJustification(client.id(), null,
                        (nurses - 1L) * client.continuityImportance()))
                .asConstraint(CONTINUITY_WISH);
    }
}
