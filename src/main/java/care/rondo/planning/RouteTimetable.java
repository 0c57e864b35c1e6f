package care.rondo.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Computes arrival, start and end of every visit on the routes, and each route's working span; incrementally while
 * solving, from scratch when a solution is set.
 * <p>
 * <b>What the times are.</b> A visit starts at the latest of: its arrival (leaving the previous visit, or the shift
 * start, and travelling), its window opening (or pinned start), and its partner's bound. A double-handed visit starts
 * when both nurses are there (the partner's arrival or window opening); the follow-up of a sequence no earlier than
 * the first visit's start plus the minimum gap; the first of a sequence no earlier than the follow-up's start minus
 * the maximum gap (unless its start is pinned). Linked visits couple routes into <em>components</em>. The times are
 * the least solution of these rules: the fixed point that timing the routes of a component in rounds (in shift-id
 * order, until nothing changes) reaches from scratch. Where partners wait for each other in a cycle (crossed
 * double-handed visits, a follow-up placed before its first visit) there is no solution; the rounds are then
 * bounded (two per linked visit, plus two) and the drifting starts surface as hard penalties. Such a component is
 * flagged <em>unsettled</em>.
 * <p>
 * <b>How they are kept up to date.</b> The listener reports every visit whose route or predecessor changes
 * ({@link #changing}), then asks for an {@link #update}. Where no unsettled component is involved, the update is
 * incremental and exact: (1) it marks, from the changed positions onward, the visits whose time may go
 * <em>down</em>: a visit whose predecessor's start may go down has an arrival that may go down, and its start too
 * when that arrival was what decided it; a partner whose bound came from a visit that may go down, likewise. The
 * marking stops where the old start was decided by something else (a window, a partner that stays). (2) It forgets
 * the marked times and re-times route segments from the first marked position, continuing only while a start
 * changes (or marked visits remain) and crossing to a partner's route only when a linked visit's arrival or start
 * changed. Forgetting before re-timing is what makes it exact: re-timing from the old times alone could keep a
 * sequence pair at old, too-late starts that support each other. Every kept time is backed by a chain of unchanged
 * rules, so the re-timing climbs from below to the same least fixed point a from-scratch timing reaches. A change
 * that creates a waiting cycle never settles; after {@value #MAX_RECOMPUTES} re-timings of one visit the update
 * gives up and times the affected components from scratch, as it does for every change that reaches an unsettled
 * component (other components stay incremental). No maps, no allocation: per-update state lives in stamped fields of the visits and shifts.
 */
final class RouteTimetable {

    /** Where computed times go: straight into the objects, or through the score director. */
    interface Writer {

        void visitTimes(PlanningVisit visit, long arrival, long start, long end);

        void clearTimes(PlanningVisit visit);

        void workSpan(NurseShift shift, long workStart, long workEnd);

        void clearWorkSpan(NurseShift shift);
    }

    /** The visit's arrival may be lower than its timed arrival. */
    private static final int MARK_ARRIVAL = 1;
    /** The visit's start may be lower than its timed start. */
    private static final int MARK_START = 2;
    /** A partner asked for {@link #MARK_START}; the marking sweep of its route still has to pass it on. */
    private static final int MARK_START_REQUESTED = 4;
    /** A forgotten time: below every real time, far enough from {@link Long#MIN_VALUE} to add gaps to. */
    private static final long UNKNOWN = Long.MIN_VALUE / 4;
    /** Re-timings of one visit in one update after which a waiting cycle is assumed. */
    static final int MAX_RECOMPUTES = 16;
    private static final int EPOCH_LIMIT = Integer.MAX_VALUE - 1_000;

    private final VisitRoster roster;
    private final List<NurseShift> shifts;
    private final NurseShift[] queue;
    private int queueHead;
    private int queueSize;
    private final PlanningVisit[] dirty;
    private int dirtyCount;
    private final PlanningVisit[] touched;
    private int touchedCount;
    private final NurseShift[] touchedShifts;
    private int touchedShiftCount;
    private final NurseShift[] markedShifts;
    private int markedShiftCount;
    private final NurseShift[] component;

    /** Epoch of the batch of changes being collected or updated; 0 when none is open. */
    private int epoch;
    private NurseShift sweeping;
    private int sweepIndex;
    private int sweepTo;

    RouteTimetable(VisitRoster roster) {
        this.roster = roster;
        this.shifts = roster.getShifts();
        int shiftCount = shifts.size() + 1;
        int visitCount = roster.getVisits().size();
        queue = new NurseShift[shiftCount];
        dirty = new PlanningVisit[visitCount];
        touched = new PlanningVisit[visitCount];
        touchedShifts = new NurseShift[shiftCount];
        markedShifts = new NurseShift[shiftCount];
        component = new NurseShift[shiftCount];
        List<NurseShift> byId = new ArrayList<>(shifts);
        byId.sort(Comparator.comparing(NurseShift::getId));
        for (int i = 0; i < byId.size(); i++) {
            byId.get(i).rank = i;
        }
    }

    VisitRoster roster() {
        return roster;
    }

    // ************************************************************************
    // From scratch
    // ************************************************************************

    /** Times every route from scratch (routes, predecessors and shifts of the visits must be set). */
    void refreshAll(Writer writer) {
        for (PlanningVisit visit : roster.getVisits()) {
            visit.markEpoch = 0;
            visit.computedEpoch = 0;
            visit.dirtyEpoch = 0;
            visit.touchedEpoch = 0;
            visit.timed = false;
            visit.unsettled = false;
        }
        for (NurseShift shift : roster.getAllShifts()) {
            shift.queued = false;
            shift.queuedEpoch = 0;
            shift.markedEpoch = 0;
            shift.touchedEpoch = 0;
            shift.componentEpoch = 0;
        }
        roster.unsettledVisits = 0;
        if (roster.timingEpoch > EPOCH_LIMIT) {
            roster.timingEpoch = 0;
        }
        openBatch();
        for (NurseShift shift : shifts) {
            touchShift(shift);
        }
        fromScratch();
        for (PlanningVisit visit : roster.getVisits()) {
            if (!visit.isAssigned()) {
                touchVisit(visit);
            }
        }
        write(writer);
    }

    // ************************************************************************
    // Incremental
    // ************************************************************************

    /** Called before {@code visit} changes route or predecessor: remembers it and the route it leaves. */
    void changing(PlanningVisit visit) {
        if (epoch == 0) {
            if (roster.timingEpoch > EPOCH_LIMIT) {
                clearStamps();
            }
            openBatch();
        }
        if (visit.dirtyEpoch != epoch) {
            visit.dirtyEpoch = epoch;
            dirty[dirtyCount++] = visit;
            touchVisit(visit);
        }
        if (visit.isAssigned()) {
            touchShift(visit.getShift());
        }
    }

    boolean hasChanges() {
        return epoch != 0;
    }

    /** Re-times what the changes since the last update affect, and writes what changed. */
    void update(Writer writer) {
        for (int i = 0; i < dirtyCount; i++) {
            PlanningVisit visit = dirty[i];
            if (visit.isAssigned()) {
                touchShift(visit.getShift());
            }
        }
        if (!incremental()) {
            for (int i = 0; i < dirtyCount; i++) {
                PlanningVisit partner = dirty[i].getPartner();
                if (partner != null && partner.isAssigned()) {
                    touchShift(partner.getShift());
                }
            }
            fromScratch();
        }
        write(writer);
    }

    private void openBatch() {
        epoch = ++roster.timingEpoch;
        dirtyCount = 0;
        touchedCount = 0;
        touchedShiftCount = 0;
        markedShiftCount = 0;
    }

    /** Before the epoch wraps: no stamp may look current by accident. */
    private void clearStamps() {
        for (PlanningVisit visit : roster.getVisits()) {
            visit.markEpoch = 0;
            visit.computedEpoch = 0;
            visit.dirtyEpoch = 0;
            visit.touchedEpoch = 0;
        }
        for (NurseShift shift : roster.getAllShifts()) {
            shift.queuedEpoch = 0;
            shift.markedEpoch = 0;
            shift.touchedEpoch = 0;
            shift.componentEpoch = 0;
        }
        roster.timingEpoch = 0;
    }

    /**
     * @return false when the change reaches an unsettled component or creates a waiting cycle, and the components
     *     must be timed from scratch
     */
    private boolean incremental() {
        for (int i = 0; i < dirtyCount; i++) {
            if (isUnsettled(dirty[i]) || isUnsettled(dirty[i].getPartner())) {
                return false; // its component (before the change) has no least timing to start from
            }
        }
        for (int i = 0; i < dirtyCount; i++) {
            PlanningVisit visit = dirty[i];
            if (visit.isAssigned()) {
                schedule(visit.getShift(), indexOf(visit));
            } else {
                partnerBoundMayDrop(visit);
            }
        }
        while (queueSize > 0) {
            if (!markSweep(dequeue())) {
                abandonSweeps();
                return false;
            }
        }
        for (int i = 0; i < markedShiftCount; i++) {
            NurseShift shift = markedShifts[i];
            schedule(shift, shift.markedFrom);
            schedule(shift, shift.markedTo);
        }
        while (queueSize > 0) {
            if (!timeSweep(dequeue())) {
                abandonSweeps();
                return false;
            }
        }
        return true;
    }

    private void abandonSweeps() {
        while (queueSize > 0) {
            dequeue();
        }
        sweeping = null;
    }

    /**
     * Unsettled components (a waiting cycle) were timed by bounded rounds, not to a least fixed point, so the
     * incremental update may not read them: it falls back to timing from scratch whenever it would. Other components
     * stay incremental, which matters on HHCRSP, where some component is unsettled during much of the search.
     */
    private static boolean isUnsettled(PlanningVisit visit) {
        return visit != null && visit.unsettled; // also a visit that just left its unsettled route
    }

    // ---- phase 1: mark the visits whose times may go down

    /** @return false when the sweep reaches an unsettled visit */
    private boolean markSweep(NurseShift shift) {
        List<PlanningVisit> visits = shift.getVisits();
        int size = visits.size();
        boolean previousStartMarked = sweepIndex > 0 && (marksOf(visits.get(sweepIndex - 1)) & MARK_START) != 0;
        for (int i = sweepIndex; i < size; i++) {
            sweepIndex = i;
            PlanningVisit visit = visits.get(i);
            visit.positionHint = i;
            if (visit.unsettled || isUnsettled(visit.getPartner())) {
                sweeping = null;
                return false;
            }
            int old = marksOf(visit);
            int now = old & (MARK_ARRIVAL | MARK_START);
            if ((old & MARK_START_REQUESTED) != 0 || visit.dirtyEpoch == epoch) {
                now |= MARK_START;
            }
            if (previousStartMarked || visit.dirtyEpoch == epoch) {
                now |= MARK_ARRIVAL;
            }
            if ((now & MARK_ARRIVAL) != 0 && visit.timed && visit.timedStart == visit.timedArrival) {
                now |= MARK_START; // the arrival decided the start
            }
            int added = now & ~old;
            if (now != old) {
                visit.markEpoch = epoch;
                visit.marks = now;
                noteMarked(shift, i);
                LinkType link = visit.getLinkType();
                if ((added & MARK_ARRIVAL) != 0 && link == LinkType.DOUBLE_HANDED
                        || (added & MARK_START) != 0 && link == LinkType.SEQUENCE) {
                    partnerBoundMayDrop(visit);
                }
            }
            previousStartMarked = (now & MARK_START) != 0;
            boolean nextNeedsMark = previousStartMarked && i + 1 < size
                    && (marksOf(visits.get(i + 1)) & MARK_ARRIVAL) == 0;
            if (i + 1 > sweepTo && !nextNeedsMark) {
                break;
            }
        }
        sweeping = null;
        return true;
    }

    /**
     * {@code visit}'s times may go down or it left its route: its partner's start may go down if the bound it
     * took from {@code visit}'s old times is what decided it.
     */
    private void partnerBoundMayDrop(PlanningVisit visit) {
        PlanningVisit partner = visit.getPartner();
        if (partner == null || !partner.isAssigned() || !partner.timed || !visit.timed
                || (marksOf(partner) & (MARK_START | MARK_START_REQUESTED)) != 0) {
            return;
        }
        long oldBound;
        if (visit.getLinkType() == LinkType.DOUBLE_HANDED) {
            oldBound = Math.max(visit.timedArrival, visit.getEffectiveEarliestStart());
        } else if (partner.isLinkLead()) {
            if (partner.getPinnedStart() != null) {
                return; // a pinned first visit never waits for its follow-up (see bound)
            }
            oldBound = visit.timedStart - partner.getMaxGap();
        } else {
            oldBound = visit.timedStart + partner.getMinGap();
        }
        if (oldBound == partner.timedStart) {
            partner.marks = marksOf(partner) | MARK_START_REQUESTED;
            partner.markEpoch = epoch;
            schedule(partner.getShift(), indexOf(partner));
        }
    }

    private void noteMarked(NurseShift shift, int index) {
        if (shift.markedEpoch != epoch) {
            shift.markedEpoch = epoch;
            shift.markedFrom = index;
            shift.markedTo = index;
            markedShifts[markedShiftCount++] = shift;
        } else {
            shift.markedFrom = Math.min(shift.markedFrom, index);
            shift.markedTo = Math.max(shift.markedTo, index);
        }
    }

    private int marksOf(PlanningVisit visit) {
        return visit.markEpoch == epoch ? visit.marks : 0;
    }

    // ---- phase 2: re-time from the marked positions onward

    /** @return false when a visit was re-timed too often (a waiting cycle) or an unsettled one is reached */
    private boolean timeSweep(NurseShift shift) {
        touchShift(shift);
        List<PlanningVisit> visits = shift.getVisits();
        PlanningNurse nurse = shift.getNurse();
        int size = visits.size();
        if (sweepIndex > 0 && sweepIndex <= size && visits.get(sweepIndex - 1).unsettled) {
            sweeping = null;
            return false;
        }
        for (int i = sweepIndex; i < size; i++) {
            sweepIndex = i;
            PlanningVisit visit = visits.get(i);
            visit.positionHint = i;
            if (visit.unsettled || isUnsettled(visit.getPartner())) {
                sweeping = null;
                return false;
            }
            long arrival;
            if (i == 0) {
                arrival = shift.getStart() + nurse.travelTime(nurse.getStartLocation(), visit.getLocation());
            } else {
                PlanningVisit previous = visits.get(i - 1);
                arrival = startOf(previous) + previous.getDuration()
                        + nurse.travelTime(previous.getLocation(), visit.getLocation());
            }
            long start = Math.max(Math.max(arrival, visit.getEffectiveEarliestStart()), bound(visit));
            long oldArrival = arrivalOf(visit);
            long oldStart = startOf(visit);
            if (visit.computedEpoch != epoch) {
                visit.computedEpoch = epoch;
                visit.computedCount = 0;
            }
            if (++visit.computedCount > MAX_RECOMPUTES) {
                sweeping = null;
                return false;
            }
            visit.timedArrival = arrival;
            visit.timedStart = start;
            touchVisit(visit);
            boolean startChanged = start != oldStart;
            PlanningVisit partner = visit.getPartner();
            if (partner != null && partner.isAssigned()
                    && (visit.getLinkType() == LinkType.DOUBLE_HANDED ? arrival != oldArrival : startChanged)) {
                schedule(partner.getShift(), indexOf(partner));
            }
            if (!startChanged && i + 1 > sweepTo) {
                break;
            }
        }
        sweeping = null;
        return true;
    }

    /** The visit's arrival, or {@link #UNKNOWN} while it is marked and not yet re-timed in this update. */
    private long arrivalOf(PlanningVisit visit) {
        return visit.computedEpoch != epoch && (marksOf(visit) & MARK_ARRIVAL) != 0 ? UNKNOWN : visit.timedArrival;
    }

    private long startOf(PlanningVisit visit) {
        return visit.computedEpoch != epoch && (marksOf(visit) & MARK_START) != 0 ? UNKNOWN : visit.timedStart;
    }

    /** The earliest start the partner allows, from its current times; an unassigned partner allows anything. */
    private long bound(PlanningVisit visit) {
        PlanningVisit partner = visit.getPartner();
        if (partner == null || !partner.isAssigned()) {
            return Long.MIN_VALUE;
        }
        return bound(visit, partner, arrivalOf(partner), startOf(partner));
    }

    private static long bound(PlanningVisit visit, PlanningVisit partner, long partnerArrival, long partnerStart) {
        if (visit.getLinkType() == LinkType.DOUBLE_HANDED) {
            return Math.max(partnerArrival, partner.getEffectiveEarliestStart());
        }
        if (visit.isLinkLead()) {
            // The first of a sequence waits when the follow-up cannot start within maxGap of it. Not capped at its
            // window, since where lateness is a soft cost (HHCRSP) the valid timing may need a late first visit; but
            // a start the team fixed holds, and the gap shows as a penalty instead.
            long bound = partnerStart - visit.getMaxGap();
            return visit.getPinnedStart() == null ? bound : Math.min(bound, visit.getPinnedStart());
        }
        return partnerStart + visit.getMinGap();
    }

    // ---- the sweep queue: each route at most once, with the range of positions it must re-visit

    private void schedule(NurseShift shift, int index) {
        if (shift == sweeping && index > sweepIndex) {
            sweepTo = Math.max(sweepTo, index);
            return;
        }
        if (shift.queued && shift.queuedEpoch == epoch) {
            shift.pendingFrom = Math.min(shift.pendingFrom, index);
            shift.pendingTo = Math.max(shift.pendingTo, index);
            return;
        }
        shift.queued = true;
        shift.queuedEpoch = epoch;
        shift.pendingFrom = index;
        shift.pendingTo = index;
        queue[(queueHead + queueSize++) % queue.length] = shift;
    }

    private NurseShift dequeue() {
        NurseShift shift = queue[queueHead];
        queue[queueHead] = null;
        queueHead = (queueHead + 1) % queue.length;
        queueSize--;
        shift.queued = false;
        sweeping = shift;
        sweepIndex = shift.pendingFrom;
        sweepTo = shift.pendingTo;
        return shift;
    }

    private static int indexOf(PlanningVisit visit) {
        return visit.getShift().positionOf(visit);
    }

    // ************************************************************************
    // From scratch, per component: the reference the incremental update must equal
    // ************************************************************************

    /** Times every component holding a touched shift from scratch, in rounds. */
    private void fromScratch() {
        int componentEpoch = ++roster.timingEpoch;
        int seeds = touchedShiftCount;
        for (int s = 0; s < seeds; s++) {
            NurseShift seed = touchedShifts[s];
            if (seed.isUnassignedBucket() || seed.componentEpoch == componentEpoch) {
                continue;
            }
            int size = component(seed, componentEpoch);
            timeComponent(size, componentEpoch);
        }
    }

    private int component(NurseShift seed, int componentEpoch) {
        int size = 0;
        seed.componentEpoch = componentEpoch;
        component[size++] = seed;
        for (int next = 0; next < size; next++) {
            for (PlanningVisit visit : component[next].getVisits()) {
                PlanningVisit partner = visit.getPartner();
                if (partner != null && partner.isAssigned()
                        && partner.getShift().componentEpoch != componentEpoch) {
                    partner.getShift().componentEpoch = componentEpoch;
                    component[size++] = partner.getShift();
                }
            }
        }
        for (int i = 1; i < size; i++) { // by id, as the rounds' order defines the unsettled result
            NurseShift shift = component[i];
            int j = i - 1;
            while (j >= 0 && component[j].rank > shift.rank) {
                component[j + 1] = component[j];
                j--;
            }
            component[j + 1] = shift;
        }
        return size;
    }

    private void timeComponent(int size, int componentEpoch) {
        int links = 0;
        for (int s = 0; s < size; s++) {
            for (PlanningVisit visit : component[s].getVisits()) {
                links += visit.getPartner() == null ? 0 : 1;
            }
        }
        // Without links one pass is exact; each further round settles at least one more link unless they cycle.
        // A sequence pushes both ways (follow-up after the first, first up to maxGap before the follow-up), so it
        // may take two rounds per link.
        int maxRounds = links == 0 ? 1 : 2 * links + 2;
        boolean changed = true;
        for (int round = 0; round < maxRounds && changed; round++) {
            changed = false;
            for (int s = 0; s < size; s++) {
                changed |= timeRoute(component[s], componentEpoch);
            }
        }
        boolean settled = links == 0 || !changed;
        for (int s = 0; s < size; s++) {
            NurseShift shift = component[s];
            touchShift(shift);
            for (PlanningVisit visit : shift.getVisits()) {
                touchVisit(visit);
                if (visit.unsettled != !settled) {
                    visit.unsettled = !settled;
                    roster.unsettledVisits += settled ? -1 : 1;
                }
            }
            component[s] = null;
        }
    }

    /** One round over one route; a partner not yet timed in this computation allows anything. */
    private static boolean timeRoute(NurseShift shift, int componentEpoch) {
        boolean changed = false;
        PlanningNurse nurse = shift.getNurse();
        Location here = nurse.getStartLocation();
        long clock = shift.getStart();
        List<PlanningVisit> visits = shift.getVisits();
        for (int i = 0, size = visits.size(); i < size; i++) {
            PlanningVisit visit = visits.get(i);
            visit.positionHint = i;
            long arrival = clock + nurse.travelTime(here, visit.getLocation());
            long ready = Math.max(arrival, visit.getEffectiveEarliestStart());
            PlanningVisit partner = visit.getPartner();
            long bound = partner == null || partner.computedEpoch != componentEpoch ? Long.MIN_VALUE
                    : bound(visit, partner, partner.timedArrival, partner.timedStart);
            long start = Math.max(ready, bound);
            changed |= visit.computedEpoch != componentEpoch || visit.timedArrival != arrival
                    || visit.timedStart != start;
            visit.computedEpoch = componentEpoch;
            visit.timedArrival = arrival;
            visit.timedStart = start;
            clock = start + visit.getDuration();
            here = visit.getLocation();
        }
        return changed;
    }

    // ************************************************************************
    // Writing
    // ************************************************************************

    private void touchVisit(PlanningVisit visit) {
        if (visit.touchedEpoch != epoch) {
            visit.touchedEpoch = epoch;
            touched[touchedCount++] = visit;
        }
    }

    private void touchShift(NurseShift shift) {
        if (shift.touchedEpoch != epoch) {
            shift.touchedEpoch = epoch;
            touchedShifts[touchedShiftCount++] = shift;
        }
    }

    private void write(Writer writer) {
        for (int i = 0; i < touchedCount; i++) {
            PlanningVisit visit = touched[i];
            touched[i] = null;
            if (visit.isAssigned()) {
                visit.timed = true;
                writer.visitTimes(visit, visit.timedArrival, visit.timedStart,
                        visit.timedStart + visit.getDuration());
            } else {
                visit.timed = false;
                if (visit.unsettled) {
                    visit.unsettled = false;
                    roster.unsettledVisits--;
                }
                writer.clearTimes(visit);
            }
        }
        for (int i = 0; i < touchedShiftCount; i++) {
            NurseShift shift = touchedShifts[i];
            touchedShifts[i] = null;
            if (!shift.isUnassignedBucket()) {
                writeSpan(shift, writer);
            }
        }
        for (int i = 0; i < dirtyCount; i++) {
            dirty[i] = null;
        }
        for (int i = 0; i < markedShiftCount; i++) {
            markedShifts[i] = null;
        }
        dirtyCount = 0;
        touchedCount = 0;
        touchedShiftCount = 0;
        markedShiftCount = 0;
        epoch = 0;
    }

    private static void writeSpan(NurseShift shift, Writer writer) {
        List<PlanningVisit> visits = shift.getVisits();
        if (visits.isEmpty()) {
            writer.clearWorkSpan(shift);
            return;
        }
        PlanningNurse nurse = shift.getNurse();
        PlanningVisit first = visits.get(0);
        PlanningVisit last = visits.get(visits.size() - 1);
        // The nurse leaves just in time for the first visit, so early waiting there is not work.
        long workStart = first.timedStart - nurse.travelTime(nurse.getStartLocation(), first.getLocation());
        long workEnd = last.timedStart + last.getDuration()
                + nurse.travelTime(last.getLocation(), nurse.getStartLocation());
        writer.workSpan(shift, workStart, workEnd);
    }
}
