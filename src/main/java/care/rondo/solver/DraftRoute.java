package care.rondo.solver;

import java.util.ArrayList;
import java.util.List;

import care.rondo.planning.Location;
import care.rondo.planning.NurseShift;
import care.rondo.planning.PlanningNurse;
import care.rondo.planning.PlanningVisit;

/**
 * A shift's visit list being rewritten by a ruin and recreate, with what makes an insertion check O(1): the end of
 * each visit timed forward from the shift start (wait for windows), and the latest start of each visit that keeps
 * every later visit in its window and the nurse back before the shift ends (timed backward). It times routes the
 * way {@link RouteProbe} does, except that a linked visit (double-handed or sequence) keeps the start its partner
 * gave it: the nurse must arrive by then, so an insertion before it never breaks the link. No hours per day: a
 * selection aid; the score still judges the move, and {@link CheapestInsertionPhase} checks the working-time rules
 * with {@link #workStart()} and {@link #workEnd()}.
 */
final class DraftRoute {

    /** Cost of a position that breaks a window, the shift end or the capacity. */
    static final long INFEASIBLE = Long.MAX_VALUE;

    final NurseShift shift;
    final List<PlanningVisit> visits;
    private final boolean windows;
    private final boolean shiftEnd;
    private long[] start = new long[0];
    private long[] end = new long[0];
    private long[] latest = new long[0];
    private long load;
    private boolean timed;
    private boolean changed;

    DraftRoute(NurseShift shift, boolean windows, boolean shiftEnd) {
        this.shift = shift;
        this.visits = new ArrayList<>(shift.getVisits());
        this.windows = windows;
        this.shiftEnd = shiftEnd;
    }

    boolean changed() {
        return changed;
    }

    void remove(int index) {
        visits.remove(index);
        changed = true;
        timed = false;
    }

    void insert(PlanningVisit visit, int index) {
        visits.add(index, visit);
        changed = true;
        timed = false;
    }

    void append(PlanningVisit visit) {
        insert(visit, visits.size());
    }

    /** Added travel for {@code visit} at {@code index} (the bucket: 0), or {@link #INFEASIBLE}. */
    long cost(PlanningVisit visit, int index) {
        if (shift.isUnassignedBucket()) {
            return 0;
        }
        time();
        Long capacity = shift.getCapacity();
        if (capacity != null && load + visit.getDemand() > capacity) {
            return INFEASIBLE;
        }
        PlanningNurse nurse = shift.getNurse();
        Location home = nurse.getStartLocation();
        Location before = index == 0 ? home : visits.get(index - 1).getLocation();
        long clock = index == 0 ? shift.getStart() : end[index - 1];
        long toVisit = nurse.travelTime(before, visit.getLocation());
        long start = Math.max(clock + toVisit, visit.getEffectiveEarliestStart());
        if (windows && start > visit.getEffectiveLatestStart()) {
            return INFEASIBLE;
        }
        long done = start + visit.getDuration();
        Location after = index == visits.size() ? home : visits.get(index).getLocation();
        long fromVisit = nurse.travelTime(visit.getLocation(), after);
        if (index == visits.size()) {
            if (shiftEnd && done + fromVisit > shift.getEnd()) {
                return INFEASIBLE;
            }
        } else {
            PlanningVisit next = visits.get(index);
            if (Math.max(done + fromVisit, next.getEffectiveEarliestStart()) > latest[index]) {
                return INFEASIBLE;
            }
        }
        return toVisit + fromVisit - nurse.travelTime(before, after);
    }

    /** The start a linked visit has now (its partner's doing), or {@code otherwise} for a single one. */
    private static long linkedStart(PlanningVisit visit, long otherwise) {
        return visit.getPartner() != null && visit.getStartTime() != null ? visit.getStartTime() : otherwise;
    }

    /** When the nurse leaves home for the first visit (just in time for it), or null for an empty route. */
    Long workStart() {
        if (visits.isEmpty()) {
            return null;
        }
        time();
        PlanningNurse nurse = shift.getNurse();
        return start[0] - nurse.travelTime(nurse.getStartLocation(), visits.get(0).getLocation());
    }

    /** When the nurse is back home after the last visit, or null for an empty route. */
    Long workEnd() {
        if (visits.isEmpty()) {
            return null;
        }
        time();
        int last = visits.size() - 1;
        PlanningNurse nurse = shift.getNurse();
        return end[last] + nurse.travelTime(visits.get(last).getLocation(), nurse.getStartLocation());
    }

    private void time() {
        if (timed) {
            return;
        }
        int n = visits.size();
        if (end.length < n) {
            start = new long[n + 8];
            end = new long[n + 8];
            latest = new long[n + 8];
        }
        PlanningNurse nurse = shift.getNurse();
        Location here = nurse.getStartLocation();
        long clock = shift.getStart();
        load = 0;
        for (int i = 0; i < n; i++) {
            PlanningVisit visit = visits.get(i);
            start[i] = Math.max(Math.max(clock + nurse.travelTime(here, visit.getLocation()),
                    visit.getEffectiveEarliestStart()), linkedStart(visit, Long.MIN_VALUE));
            clock = start[i] + visit.getDuration();
            end[i] = clock;
            here = visit.getLocation();
            load += visit.getDemand();
        }
        long bound = Long.MAX_VALUE / 4;
        Location next = nurse.getStartLocation();
        for (int i = n - 1; i >= 0; i--) {
            PlanningVisit visit = visits.get(i);
            long limit = (i == n - 1 ? (shiftEnd ? shift.getEnd() : bound) : latest[i + 1])
                    - nurse.travelTime(visit.getLocation(), next) - visit.getDuration();
            latest[i] = Math.min(windows ? Math.min(limit, visit.getEffectiveLatestStart()) : limit,
                    linkedStart(visit, Long.MAX_VALUE));
            next = visit.getLocation();
        }
        timed = true;
    }
}
