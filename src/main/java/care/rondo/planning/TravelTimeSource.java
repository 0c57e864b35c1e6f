package care.rondo.planning;

import java.util.List;

/**
 * Where a solve's travel-time matrices come from: one matrix per travel mode over all locations of the solve,
 * in seconds. Straight lines by default; a road network where a map is configured (care.rondo.routing).
 */
@FunctionalInterface
public interface TravelTimeSource {

    /** Great-circle distance × detour ÷ the mode's speed: the estimate when no map is configured. */
    TravelTimeSource STRAIGHT_LINE = (mode, locations) -> GreatCircleTravelTimeMatrix.forMode(locations, mode, 3600);

    TravelTimeMatrix matrix(PlanningTravelMode mode, List<Location> locations);
}
