package care.rondo.solver;
import care.rondo.planning.PlanningVisit;
import org.optaplanner.core.impl.heuristic.selector.common.nearby.NearbyDistanceMeter;

import care.rondo.planning.NurseShift;

/**
 * Ranks insertion points near a visit: after another visit (its location) or at the start of a shift (the nurse's
 * start location). Straight-line distance on the coordinates is enough for ranking and needs no matrix, which
 * differs per nurse. The unassigned bucket ranks last; the plain selectors still reach it.
 * <p>
 * Places that can never be next to the visit in time rank after every place that can, by distance among
 * themselves: visits {@linkplain PlanningVisit#isTimeApartFrom(PlanningVisit) too far apart in time for one shift} and shifts whose
 * working window misses the visit's start window. Otherwise the same client's visits on the other six days of a
 * team week ranked first (distance 0), and nearby moves mostly picked destinations on the wrong day.
 */
public class VisitNearbyDistanceMeter implements NearbyDistanceMeter<PlanningVisit, Object> {

    /** Added to places out of reach in time; far beyond any coordinate distance. */
    static final double OUT_OF_REACH = 1e12;

    @Override
    public double getNearbyDistance(PlanningVisit origin, Object destination) {
        if (destination instanceof PlanningVisit visit) {
            double distance = origin.getLocation().straightLineDistanceTo(visit.getLocation());
            return origin.isTimeApartFrom(visit) ? OUT_OF_REACH + distance : distance;
        }
        NurseShift shift = (NurseShift) destination;
        if (shift.isUnassignedBucket()) {
            return Double.MAX_VALUE;
        }
        double distance = origin.getLocation().straightLineDistanceTo(shift.getNurse().getStartLocation());
        boolean outside = shift.getStart() > origin.getEffectiveLatestStart()
                || origin.getEffectiveEarliestStart() > shift.getEnd();
        return outside ? OUT_OF_REACH + distance : distance;
    }
}
