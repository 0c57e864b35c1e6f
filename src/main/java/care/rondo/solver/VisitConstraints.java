package care.rondo.solver;

import static care.rondo.planning.RosterConstraintWeights.CHANGED_NURSE;
import static care.rondo.planning.RosterConstraintWeights.IDLE_TIME;
import static care.rondo.planning.RosterConstraintWeights.LATE_START;
import static care.rondo.planning.RosterConstraintWeights.LATE_START_SOFT;
import static care.rondo.planning.RosterConstraintWeights.LEVEL_TOO_LOW;
import static care.rondo.planning.RosterConstraintWeights.MAX_LATENESS_SOFT;
import static care.rondo.planning.RosterConstraintWeights.MISSING_SKILL;
import static care.rondo.planning.RosterConstraintWeights.MOVED_START;
import static care.rondo.planning.RosterConstraintWeights.NEWLY_UNASSIGNED;
import static care.rondo.planning.RosterConstraintWeights.REFUSED_NURSE;
import static care.rondo.planning.RosterConstraintWeights.TRAVEL_TIME;
import static care.rondo.planning.RosterConstraintWeights.UNASSIGNED_VISIT;

import care.rondo.planning.PlanningVisit;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintCollectors;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.uni.UniConstraintStream;

/** Rules about a single visit and the nurse doing it. */
final class VisitConstraints {

    private VisitConstraints() {
    }

    /** Visits on a real shift; the unassigned bucket and not-yet-placed visits are no one's work. */
    static UniConstraintStream<PlanningVisit> assignedVisits(ConstraintFactory factory) {
        return factory.forEach(PlanningVisit.class).filter(PlanningVisit::isAssigned);
    }

    static Constraint levelTooLow(ConstraintFactory factory) {
        return assignedVisits(factory)
                .filter(visit -> visit.getMinLevel() > visit.getNurse().getLevel())
                .penalizeConfigurableLong(visit -> visit.getMinLevel() - visit.getNurse().getLevel())
                .justifyWith((visit, score) -> VisitJustification.of(visit,
                        visit.getMinLevel() - visit.getNurse().getLevel()))
                .asConstraint(LEVEL_TOO_LOW);
    }

    static Constraint missingSkill(ConstraintFactory factory) {
        return assignedVisits(factory)
                .filter(visit -> visit.getMissingSkillCount() > 0)
                .penalizeConfigurableLong(PlanningVisit::getMissingSkillCount)
                .justifyWith((visit, score) -> VisitJustification.of(visit, visit.getMissingSkillCount()))
                .asConstraint(MISSING_SKILL);
    }

    static Constraint refusedNurse(ConstraintFactory factory) {
        return assignedVisits(factory)
                .filter(visit -> visit.getClient().refusedNurseIds().contains(visit.getNurse().getId()))
                .penalizeConfigurableLong(visit -> 1L)
                .justifyWith((visit, score) -> VisitJustification.of(visit, 1))
                .asConstraint(REFUSED_NURSE);
    }

    static Constraint lateStart(ConstraintFactory factory) {
        return lateness(factory, LATE_START);
    }

    static Constraint unassignedVisit(ConstraintFactory factory) {
        return factory.forEach(PlanningVisit.class)
                .filter(PlanningVisit::isUnassigned)
                .penalizeConfigurableLong(VisitConstraints::unassignedWeight)
                .justifyWith((visit, score) -> VisitJustification.of(visit, unassignedWeight(visit)))
                .asConstraint(UNASSIGNED_VISIT);
    }

    /**
     * A visit the accepted roster planned and the re-plan leaves undone: clients were told it would happen, so it
     * costs priority × duration again on top of "Unassigned visit" (the medium weight is fixed, like that one).
     */
    static Constraint newlyUnassigned(ConstraintFactory factory) {
        return factory.forEach(PlanningVisit.class)
                .filter(visit -> visit.isUnassigned() && visit.wasPlannedBefore())
                .penalizeConfigurableLong(VisitConstraints::unassignedWeight)
                .justifyWith((visit, score) -> VisitJustification.of(visit, unassignedWeight(visit)))
                .asConstraint(NEWLY_UNASSIGNED);
    }

    /** Priority × duration; at least the priority so that dropping a zero-length visit is never free. */
    private static long unassignedWeight(PlanningVisit visit) {
        return visit.getPriority() * Math.max(1, visit.getDuration());
    }

    static Constraint travelTime(ConstraintFactory factory) {
        return assignedVisits(factory)
                .filter(visit -> travel(visit) > 0)
                .penalizeConfigurableLong(VisitConstraints::travel)
                .justifyWith((visit, score) -> VisitJustification.of(visit, travel(visit)))
                .asConstraint(TRAVEL_TIME);
    }

    private static long travel(PlanningVisit visit) {
        return visit.getTravelTimeFromPrevious() + visit.getTravelTimeHome();
    }

    static Constraint idleTime(ConstraintFactory factory) {
        return assignedVisits(factory)
                .filter(visit -> visit.getIdleTimeBefore() > 0)
                .penalizeConfigurableLong(PlanningVisit::getIdleTimeBefore)
                .justifyWith((visit, score) -> VisitJustification.of(visit, visit.getIdleTimeBefore()))
                .asConstraint(IDLE_TIME);
    }

    static Constraint changedNurse(ConstraintFactory factory) {
        return assignedVisits(factory)
                .filter(PlanningVisit::isNurseChanged)
                .penalizeConfigurableLong(visit -> 1L)
                .justifyWith((visit, score) -> VisitJustification.of(visit, 1))
                .asConstraint(CHANGED_NURSE);
    }

    /**
     * A re-plan moves a visit away from its accepted start: per time unit beyond the visit's tolerance (what a client
     * does not notice), so the small shifts a changed route brings cost nothing and a visit moved by an hour costs
     * far more than one moved by a quarter. Frozen visits sit at their accepted start and never match.
     */
    static Constraint movedStart(ConstraintFactory factory) {
        return assignedVisits(factory)
                .filter(visit -> visit.getStartMovedBeyondTolerance() > 0)
                .penalizeConfigurableLong(PlanningVisit::getStartMovedBeyondTolerance)
                .justifyWith((visit, score) -> VisitJustification.of(visit, visit.getStartMovedBeyondTolerance()))
                .asConstraint(MOVED_START);
    }

    /** The HHCRSP "total tardiness" term; zero weight unless a benchmark or team turns it on. */
    static Constraint lateStartSoft(ConstraintFactory factory) {
        return lateness(factory, LATE_START_SOFT);
    }

    /** The HHCRSP "maximum tardiness" term: one match carrying the worst lateness of the week. */
    static Constraint maxLatenessSoft(ConstraintFactory factory) {
        return assignedVisits(factory)
                .filter(visit -> visit.getLateness() > 0)
                .groupBy(ConstraintCollectors.max(PlanningVisit::getLateness))
                .penalizeConfigurableLong(lateness -> lateness)
                .justifyWith((lateness, score) -> new VisitJustification(null, null, null, lateness))
                .asConstraint(MAX_LATENESS_SOFT);
    }

    private static Constraint lateness(ConstraintFactory factory, String name) {
        return assignedVisits(factory)
                .filter(visit -> visit.getLateness() > 0)
                .penalizeConfigurableLong(PlanningVisit::getLateness)
                .justifyWith((visit, score) -> VisitJustification.of(visit, visit.getLateness()))
                .asConstraint(name);
    }
}
