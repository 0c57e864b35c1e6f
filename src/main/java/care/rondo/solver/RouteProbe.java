package care.rondo.solver;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import care.rondo.planning.Location;
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
 * <p>
 * An insertion check is O(1): each route's forward ends and backward latest arrivals are worked out once and kept
 * until {@link #forget()}. An ejection search tries every position of every route of the day, and timing the whole
 * route for each position was a fifth of team L's solving time.
 */
final class RouteProbe {

    private static final long LATE = Long.MIN_VALUE;

    /** Far beyond any time, yet safe to subtract travel and durations from. */
    private static final long NEVER_LATE = Long.MAX_VALUE / 4;
    /** A latest arrival no arrival can meet: the rest of the route breaks a rule whenever the nurse comes. */
    private static final long NO_ARRIVAL = Long.MIN_VALUE / 4;

    private final boolean windows;
    private final boolean shiftEnd;
    private final Map<NurseShift, Timeline> timelines = new IdentityHashMap<>();

    /**
     * @param windows whether a late start rules a route out (false where lateness is only a cost, as in HHCRSP)
     * @param shiftEnd whether coming back after the shift end rules a route out
     */
    RouteProbe(boolean windows, boolean shiftEnd) {
        this.windows = windows;
        this.shiftEnd = shiftEnd;
    }

    /**
     * Forgets what it worked out about the routes: call it whenever they may have changed since the last check (before
     * each search for a move).
     */
    void forget() {
        timelines.clear();
    }

    /** Whether {@code added} fits at {@code index} of the route as it is (the same answer as timing it whole). */
    boolean fits(NurseShift shift, PlanningVisit added, int index) {
        if (!withinCapacity(shift, null, added)) {
            return false;
        }
        Timeline timeline = timelines.computeIfAbsent(shift, this::timeline);
        List<PlanningVisit> visits = shift.getVisits();
        long clock = index == 0 ? shift.getStart() : timeline.end[index - 1];
        if (clock == LATE) {
            return false;
        }
        PlanningNurse nurse = shift.getNurse();
        long done = arrive(nurse, index == 0 ? null : visits.get(index - 1), added, clock);
        if (done == LATE) {
            return false;
        }
        Location next = index == visits.size() ? nurse.getStartLocation() : visits.get(index).getLocation();
        return done + nurse.travelTime(added.getLocation(), next) <= timeline.latestArrival[index];
    }

    /**
     * The route timed forward from the shift start ({@code end[i]}: when visit i ends, or LATE from the first late
     * visit on) and backward ({@code latestArrival[i]}: the latest arrival at visit i, or home for i = size, that
     * keeps it and every later visit in its window and the nurse back before the shift ends). Waiting for a window
     * makes a later arrival never help, so the rest of the route fits exactly when the nurse arrives by then.
     */
    private record Timeline(long[] end, long[] latestArrival) {
    }

    private Timeline timeline(NurseShift shift) {
        List<PlanningVisit> visits = shift.getVisits();
        int n = visits.size();
        PlanningNurse nurse = shift.getNurse();
        long[] end = new long[n];
        PlanningVisit here = null;
        long clock = shift.getStart();
        for (int i = 0; i < n; i++) {
            PlanningVisit visit = visits.get(i);
            clock = clock == LATE ? LATE : arrive(nurse, here, visit, clock);
            end[i] = clock;
            here = visit;
        }
        long[] latestArrival = new long[n + 1];
        latestArrival[n] = shiftEnd ? shift.getEnd() : NEVER_LATE;
        Location next = nurse.getStartLocation();
        for (int i = n - 1; i >= 0; i--) {
            PlanningVisit visit = visits.get(i);
            long latestStart = latestArrival[i + 1] - nurse.travelTime(visit.getLocation(), next)
                    - visit.getDuration();
            if (windows) {
                latestStart = Math.min(latestStart, visit.getEffectiveLatestStart());
            }
            latestArrival[i] = visit.getEffectiveEarliestStart() <= latestStart ? latestStart : NO_ARRIVAL;
            next = visit.getLocation();
        }
        return new Timeline(end, latestArrival);
    }

    /**
     * @param removed visit taken out of the shift first, or null
     * @param added visit put in, or null
     * @param index position of {@code added} in the list after {@code removed} is gone
     */
    boolean fits(NurseShift shift, PlanningVisit removed, PlanningVisit added, int index) {
        if (!withinCapacity(shift, removed, added)) {
            return false;
        }
        List<PlanningVisit> visits = shift.getVisits();
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

    private static boolean withinCapacity(NurseShift shift, PlanningVisit removed, PlanningVisit added) {
        Long capacity = shift.getCapacity();
        return capacity == null || added == null
                || shift.getTotalDemand() + added.getDemand() - (removed == null ? 0 : removed.getDemand()) <= capacity;
    }

    /** The end of {@code visit} after coming from {@code from} (the start location when null), or LATE. */
    private long arrive(PlanningNurse nurse, PlanningVisit from, PlanningVisit visit, long clock) {
        long arrival = clock + nurse.travelTime(from == null ? nurse.getStartLocation() : from.getLocation(),
                visit.getLocation());
        long start = Math.max(arrival, visit.getEffectiveEarliestStart());
        return windows && start > visit.getEffectiveLatestStart() ? LATE : start + visit.getDuration();
    }
}
