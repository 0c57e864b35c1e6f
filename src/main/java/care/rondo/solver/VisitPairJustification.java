package care.rondo.solver;

import care.rondo.planning.PlanningVisit;

/** A penalty on a double-handed or sequenced pair: "visits A and B start 300 apart". */
public record VisitPairJustification(String visitId, String partnerVisitId, String clientId, long amount)
        implements RosterJustification {
    /** A pair broken apart is about the pair's visits, not one nurse. */
    @Override
    public String nurseId() {
        return null;
    }

    static VisitPairJustification of(PlanningVisit lead, PlanningVisit partner, long amount) {
        return new VisitPairJustification(lead.getId(), partner.getId(), lead.getClient().id(), amount);
    }
}
