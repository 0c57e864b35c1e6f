package care.rondo.solver;

import java.util.Arrays;
import java.util.List;

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
    /** By shift rank: a map look-up for each position tried was 8-18% of team L's CPU samples. */
    private Timeline[] timelines = new Timeline[0];
    /** Raised by {@link #forget()}: a timeline of an older stamp is stale. */
    private int stamp;

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
        stamp++;
    }

    private Timeline timelineOf(NurseShift shift) {
        int slot = shift.getRank();
        if (slot >= timelines.length) {
            timelines = Arrays.copyOf(timelines, slot * 2 + 8);
        }
        Timeline timeline = timelines[slot];
        if (timeline == null || timeline.shift != shift || timeline.stamp != stamp) {
            timeline = timeline(shift);
            timelines[slot] = timeline;
        }
        return timeline;
    }

    /** Whether {@code added} fits at {@code index} of the route as it is. */
    boolean fits(NurseShift shift, PlanningVisit added, int index) {
        return fits(shift, null, added, index);
    }

    /**
     * The route timed forward from the shift start ({@code end[i]}: when visit i ends, or LATE from the first late
     * visit on) and backward ({@code latestArrival[i]}: the latest arrival at visit i, or home for i = size, that
     * keeps it and every later visit in its window and the nurse back before the shift ends). Waiting for a window
     * makes a later arrival never help, so the rest of the route fits exactly when the nurse arrives by then.
     */
    private record Timeline(NurseShift shift, int stamp, long[] end, long[] latestArrival) {
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
        return new Timeline(shift, stamp, end, latestArrival);
    }

    /**
     * Whether the route fits with one visit taken out and one put in. Only the visits between the two changes are
     * timed; before them the route ends as it did, and after them it fits when the nurse arrives by its latest
     * arrival: the same answer as timing the whole route.
     *
     * @param removed visit taken out of the shift first, or null
     * @param added visit put in, or null
     * @param index position of {@code added} in the list after {@code removed} is gone
     */
    boolean fits(NurseShift shift, PlanningVisit removed, PlanningVisit added, int index) {
        if (!withinCapacity(shift, removed, added)) {
            return false;
        }
        Timeline timeline = timelineOf(shift);
        if (removed == null && added != null && cannotFit(shift, timeline, added, index)) {
            return false;
        }
        List<PlanningVisit> visits = shift.getVisits();
        int out = removed == null ? -1 : shift.positionOf(removed);
        int in = added == null ? -1 : index;
        boolean addedFirst = in >= 0 && (out < 0 || in <= out);
        // In original positions: the route is as it was before `kept`, and from `resumed` on
        int kept = addedFirst ? in : out >= 0 ? out : 0;
        int resumed = addedFirst ? (out < 0 ? in : out + 1) : in >= 0 ? in + 1 : out >= 0 ? out + 1 : 0;
        long clock = kept == 0 ? shift.getStart() : timeline.end[kept - 1];
        if (clock == LATE) {
            return false;
        }
        PlanningNurse nurse = shift.getNurse();
        PlanningVisit here = kept == 0 ? null : visits.get(kept - 1);
        if (addedFirst) {
            clock = arrive(nurse, here, added, clock);
            here = added;
        }
        for (int i = kept; i < resumed && clock != LATE; i++) {
            if (i != out) {
                clock = arrive(nurse, here, visits.get(i), clock);
                here = visits.get(i);
            }
        }
        if (in >= 0 && !addedFirst && clock != LATE) {
            clock = arrive(nurse, here, added, clock);
            here = added;
        }
        if (clock == LATE) {
            return false;
        }
        if (here == null && resumed == visits.size()) {
            return clock <= timeline.latestArrival[resumed]; // nobody to visit: the nurse never leaves home
        }
        Location from = here == null ? nurse.getStartLocation() : here.getLocation();
        Location next = resumed == visits.size() ? nurse.getStartLocation() : visits.get(resumed).getLocation();
        return clock + nurse.travelTime(from, next) <= timeline.latestArrival[resumed];
    }

    /**
     * What rules a position out before any travel is looked up (callers try every position of a route, and most lie
     * far from the visit's window): the route before it already ends after the visit's latest start, or the route
     * after it must be reached before the visit could even be done.
     */
    private boolean cannotFit(NurseShift shift, Timeline timeline, PlanningVisit added, int index) {
        long before = index == 0 ? shift.getStart() : timeline.end[index - 1];
        return before == LATE || windows && before > added.getEffectiveLatestStart()
                || timeline.latestArrival[index] < added.getEffectiveEarliestStart() + added.getDuration();
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
