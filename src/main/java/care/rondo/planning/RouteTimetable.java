package care.rondo.planning;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Computes arrival, start and end of every visit on a set of routes, and each route's working span.
 * <p>
 * Double-handed and sequenced visits couple routes: a nurse may wait for a colleague on another route, which
 * delays the rest of her route, which may delay a third route. So routes are timed per <em>component</em> (all
 * routes reachable through partner links), always from scratch, in a fixed order (by shift id), iterating until the
 * times stop changing. The first visit of a sequence is delayed when its follow-up cannot
 * start until more than the maximum gap after it. Times only grow between rounds, so the iteration reaches the earliest consistent timetable
 * when one exists. When partners wait for each other in a cycle (crossed double-handed visits) there is none; the
 * rounds are then bounded and the drifting starts surface as hard penalties. Same input, same order, same bound:
 * the result never depends on earlier values, which keeps incremental and from-scratch scores identical.
 */
final class RouteTimetable {

    /** Where computed times go: straight into the objects, or through the score director. */
    interface Writer {

        void visitTimes(Visit visit, Long arrival, Long start, Long end);

        void workSpan(NurseShift shift, Long workStart, Long workEnd);
    }

    private static final int ARRIVAL = 0;
    private static final int START = 1;

    private final Function<Visit, NurseShift> shiftOf;
    private final Writer writer;

    RouteTimetable(Function<Visit, NurseShift> shiftOf, Writer writer) {
        this.shiftOf = shiftOf;
        this.writer = writer;
    }

    /** Recomputes the components of the given routes; the unassigned bucket and nulls are ignored. */
    void update(Collection<NurseShift> seeds) {
        Set<NurseShift> done = Collections.newSetFromMap(new IdentityHashMap<>());
        for (NurseShift seed : seeds) {
            if (seed != null && !seed.isUnassignedBucket() && !done.contains(seed)) {
                List<NurseShift> component = component(seed);
                done.addAll(component);
                compute(component);
            }
        }
    }

    private List<NurseShift> component(NurseShift seed) {
        Set<NurseShift> found = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<NurseShift> queue = new ArrayDeque<>();
        found.add(seed);
        queue.add(seed);
        while (!queue.isEmpty()) {
            for (Visit visit : queue.poll().getVisits()) {
                NurseShift partnerShift = visit.getPartner() == null ? null : shiftOf.apply(visit.getPartner());
                if (partnerShift != null && !partnerShift.isUnassignedBucket() && found.add(partnerShift)) {
                    queue.add(partnerShift);
                }
            }
        }
        List<NurseShift> component = new ArrayList<>(found);
        component.sort(Comparator.comparing(NurseShift::getId));
        return component;
    }

    private void compute(List<NurseShift> component) {
        Map<Visit, long[]> times = new IdentityHashMap<>();
        int links = 0;
        for (NurseShift shift : component) {
            for (Visit visit : shift.getVisits()) {
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
            for (NurseShift shift : component) {
                changed |= timeRoute(shift, times);
            }
        }
        for (NurseShift shift : component) {
            write(shift, times);
        }
    }

    private boolean timeRoute(NurseShift shift, Map<Visit, long[]> times) {
        boolean changed = false;
        Nurse nurse = shift.getNurse();
        Location here = nurse.getStartLocation();
        long clock = shift.getStart();
        for (Visit visit : shift.getVisits()) {
            long arrival = clock + nurse.travelTime(here, visit.getLocation());
            long ready = Math.max(arrival, visit.getEffectiveEarliestStart());
            long start = Math.max(ready, partnerBound(visit, times));
            long[] old = times.put(visit, new long[] { arrival, start });
            changed |= old == null || old[ARRIVAL] != arrival || old[START] != start;
            clock = start + visit.getDuration();
            here = visit.getLocation();
        }
        return changed;
    }

    /** The earliest start the partner allows, from the partner's current times; unknown partners allow anything. */
    private static long partnerBound(Visit visit, Map<Visit, long[]> times) {
        Visit partner = visit.getPartner();
        long[] partnerTimes = partner == null ? null : times.get(partner);
        if (partnerTimes == null) {
            return Long.MIN_VALUE;
        }
        if (visit.getLinkType() == LinkType.DOUBLE_HANDED) {
            return Math.max(partnerTimes[ARRIVAL], partner.getEffectiveEarliestStart());
        }
        if (visit.isLinkLead()) {
            // The first of a sequence waits when the follow-up cannot start within maxGap of it. Not capped at its
            // window, since where lateness is a soft cost (HHCRSP) the valid timing may need a late first visit; but
            // a start the team fixed holds, and the gap shows as a penalty instead.
            long bound = partnerTimes[START] - visit.getMaxGap();
            return visit.getPinnedStart() == null ? bound : Math.min(bound, visit.getPinnedStart());
        }
        return partnerTimes[START] + visit.getMinGap();
    }

    private void write(NurseShift shift, Map<Visit, long[]> times) {
        List<Visit> visits = shift.getVisits();
        for (Visit visit : visits) {
            long[] t = times.get(visit);
            writer.visitTimes(visit, t[ARRIVAL], t[START], t[START] + visit.getDuration());
        }
        if (visits.isEmpty()) {
            writer.workSpan(shift, null, null);
            return;
        }
        Nurse nurse = shift.getNurse();
        Visit first = visits.get(0);
        Visit last = visits.get(visits.size() - 1);
        long[] firstTimes = times.get(first);
        long[] lastTimes = times.get(last);
        // The nurse leaves just in time for the first visit, so early waiting there is not work.
        long workStart = firstTimes[START] - nurse.travelTime(nurse.getStartLocation(), first.getLocation());
        long workEnd = lastTimes[START] + last.getDuration() + nurse.travelTime(last.getLocation(),
                nurse.getStartLocation());
        writer.workSpan(shift, workStart, workEnd);
    }
}
