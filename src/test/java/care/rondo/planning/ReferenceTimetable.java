package care.rondo.planning;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The timing as main had it before it became incremental (commit bf6d025), kept verbatim in its logic as the
 * reference: every component of linked routes timed from scratch, in rounds, in shift-id order, from the shift
 * lists alone (it reads no shadow variable). Tests compare the solver's incrementally maintained times with it.
 */
public final class ReferenceTimetable {

    /** Arrival and start of a visit, and the working span of a shift (null when empty). */
    public record Times(long arrival, long start, long end) {
    }

    public record Span(Long workStart, Long workEnd) {
    }

    private final Map<PlanningVisit, NurseShift> shiftOf = new IdentityHashMap<>();
    private final Map<PlanningVisit, long[]> all = new IdentityHashMap<>();

    private ReferenceTimetable(VisitRoster roster) {
        for (NurseShift shift : roster.getAllShifts()) {
            for (PlanningVisit visit : shift.getVisits()) {
                shiftOf.put(visit, shift);
            }
        }
        Set<NurseShift> done = Collections.newSetFromMap(new IdentityHashMap<>());
        for (NurseShift seed : roster.getShifts()) {
            if (!done.contains(seed)) {
                List<NurseShift> component = component(seed);
                done.addAll(component);
                compute(component);
            }
        }
    }

    public static ReferenceTimetable of(VisitRoster roster) {
        return new ReferenceTimetable(roster);
    }

    /** The visit's times, or null when it is on no real route. */
    public Times times(PlanningVisit visit) {
        long[] t = all.get(visit);
        return t == null ? null : new Times(t[0], t[1], t[1] + visit.getDuration());
    }

    public Span span(NurseShift shift) {
        List<PlanningVisit> visits = shift.getVisits();
        if (visits.isEmpty()) {
            return new Span(null, null);
        }
        PlanningNurse nurse = shift.getNurse();
        PlanningVisit first = visits.get(0);
        PlanningVisit last = visits.get(visits.size() - 1);
        return new Span(all.get(first)[1] - nurse.travelTime(nurse.getStartLocation(), first.getLocation()),
                all.get(last)[1] + last.getDuration() + nurse.travelTime(last.getLocation(), nurse.getStartLocation()));
    }

    private List<NurseShift> component(NurseShift seed) {
        Set<NurseShift> found = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<NurseShift> queue = new ArrayDeque<>();
        found.add(seed);
        queue.add(seed);
        while (!queue.isEmpty()) {
            for (PlanningVisit visit : queue.poll().getVisits()) {
                NurseShift partnerShift = visit.getPartner() == null ? null : shiftOf.get(visit.getPartner());
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
        Map<PlanningVisit, long[]> times = new IdentityHashMap<>();
        int links = 0;
        for (NurseShift shift : component) {
            for (PlanningVisit visit : shift.getVisits()) {
                links += visit.getPartner() == null ? 0 : 1;
            }
        }
        int maxRounds = links == 0 ? 1 : 2 * links + 2;
        boolean changed = true;
        for (int round = 0; round < maxRounds && changed; round++) {
            changed = false;
            for (NurseShift shift : component) {
                changed |= timeRoute(shift, times);
            }
        }
        all.putAll(times);
    }

    private static boolean timeRoute(NurseShift shift, Map<PlanningVisit, long[]> times) {
        boolean changed = false;
        PlanningNurse nurse = shift.getNurse();
        Location here = nurse.getStartLocation();
        long clock = shift.getStart();
        for (PlanningVisit visit : shift.getVisits()) {
            long arrival = clock + nurse.travelTime(here, visit.getLocation());
            long ready = Math.max(arrival, visit.getEffectiveEarliestStart());
            long start = Math.max(ready, partnerBound(visit, times));
            long[] old = times.put(visit, new long[] { arrival, start });
            changed |= old == null || old[0] != arrival || old[1] != start;
            clock = start + visit.getDuration();
            here = visit.getLocation();
        }
        return changed;
    }

    private static long partnerBound(PlanningVisit visit, Map<PlanningVisit, long[]> times) {
        PlanningVisit partner = visit.getPartner();
        long[] partnerTimes = partner == null ? null : times.get(partner);
        if (partnerTimes == null) {
            return Long.MIN_VALUE;
        }
        if (visit.getLinkType() == LinkType.DOUBLE_HANDED) {
            return Math.max(partnerTimes[0], partner.getEffectiveEarliestStart());
        }
        if (visit.isLinkLead()) {
            long bound = partnerTimes[1] - visit.getMaxGap();
            return visit.getPinnedStart() == null ? bound : Math.min(bound, visit.getPinnedStart());
        }
        return partnerTimes[1] + visit.getMinGap();
    }
}
