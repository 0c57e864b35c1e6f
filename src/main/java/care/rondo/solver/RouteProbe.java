package care.rondo.solver;

import java.util.List;

import care.rondo.planning.NurseShift;
import care.rondo.planning.PlanningNurse;
import care.rondo.planning.PlanningVisit;

/**
 * A quick look at a route as it would be after taking one visit out and putting one in, without touching the
 * solution or the score director: does every visit still start inside its window, is the nurse back before the
 * shift ends, does the load stay within capacity? It times the route the way {@code RouteTimetable} does for a route
 * without linked visits (leave at shift start, wait for the window), so a route it accepts has no late start and
 * no overrun; rules it does not know (hours per day, the week's contract, partners on other routes) are left to the
 * score, which judges every move anyway. That makes it a selection aid, never a source of truth: it lets ejection
 * moves search for insertions that fit instead of guessing positions.
 */
final class RouteProbe {

    private static final long LATE = Long.MIN_VALUE;

    private final boolean windows;
    private final boolean shiftEnd;

    /**
     * @param windows whether a late start rules a route out (false where lateness is only a cost, as in HHCRSP)
     * @param shiftEnd whether coming back after the shift end rules a route out
     */
    RouteProbe(boolean windows, boolean shiftEnd) {
        this.windows = windows;
        this.shiftEnd = shiftEnd;
    }

    /** Whether {@code added} fits at {@code index} of the route as it is. */
    boolean fits(NurseShift shift, PlanningVisit added, int index) {
        return fits(shift, null, added, index);
    }

    /**
     * @param removed visit taken out of the shift first, or null
     * @param added visit put in, or null
     * @param index position of {@code added} in the list after {@code removed} is gone
     */
    boolean fits(NurseShift shift, PlanningVisit removed, PlanningVisit added, int index) {
        List<PlanningVisit> visits = shift.getVisits();
        Long capacity = shift.getCapacity();
        if (capacity != null && added != null) {
            long load = shift.getTotalDemand() + added.getDemand() - (removed == null ? 0 : removed.getDemand());
            if (load > capacity) {
                return false;
            }
        }
        PlanningNurse nurse = shift.getNurse();
        PlanningVisit here = null;
        long clock = shift.getStart();
        int position = 0;
        for (int i = 0; i <= visits.size(); i++) {
            if (added != null && position == index) {
                clock = arrive(nurse, here, added, clock);
                if (clock == LATE) {
                    return false;
                }
                here = added;
                position++;
            }
            if (i == visits.size()) {
                break;
            }
            PlanningVisit visit = visits.get(i);
            if (visit == removed) {
                continue;
            }
            clock = arrive(nurse, here, visit, clock);
            if (clock == LATE) {
                return false;
            }
            here = visit;
            position++;
        }
        long back = here == null ? clock : clock + nurse.travelTime(here.getLocation(), nurse.getStartLocation());
        return !shiftEnd || back <= shift.getEnd();
    }

    /** The end of {@code visit} after coming from {@code from} (the start location when null), or LATE. */
    private long arrive(PlanningNurse nurse, PlanningVisit from, PlanningVisit visit, long clock) {
        long arrival = clock + nurse.travelTime(from == null ? nurse.getStartLocation() : from.getLocation(),
                visit.getLocation());
        long start = Math.max(arrival, visit.getEffectiveEarliestStart());
        return windows && start > visit.getEffectiveLatestStart() ? LATE : start + visit.getDuration();
    }
}
