package care.rondo.solver;

import org.optaplanner.core.impl.heuristic.selector.common.nearby.NearbyDistanceMeter;

import care.rondo.planning.NurseShift;
import care.rondo.planning.Visit;

/**
 * Ranks insertion points near a visit: after another visit (its location) or at the start of a shift (the nurse's
 * start location). Straight-line distance on the coordinates is enough for ranking and needs no matrix, which
 * differs per nurse. The unassigned bucket ranks last; the plain selectors still reach it.
 */
public class VisitNearbyDistanceMeter implements NearbyDistanceMeter<Visit, Object> {

    @Override
    public double getNearbyDistance(Visit origin, Object destination) {
        if (destination instanceof Visit visit) {
            return origin.getLocation().straightLineDistanceTo(visit.getLocation());
        }
        NurseShift shift = (NurseShift) destination;
        return shift.isUnassignedBucket() ? Double.MAX_VALUE
                : origin.getLocation().straightLineDistanceTo(shift.getNurse().getStartLocation());
    }
}
