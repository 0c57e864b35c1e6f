package care.rondo.solver;

import care.rondo.planning.PlanningVisit;

/** A penalty caused by one visit: "visit V by nurse N is late by 600". {@code nurseId} is null when unassigned. */
public record VisitJustification(String visitId, String clientId, String nurseId, long amount)
        implements RosterJustification {

    static VisitJustification of(PlanningVisit visit, long amount) {
        String nurseId = visit.getNurse() == null ? null : visit.getNurse().getId();
        return new VisitJustification(visit.getId(), visit.getClient().id(), nurseId, amount);
    }
}
