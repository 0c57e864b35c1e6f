package care.rondo.bench;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import care.rondo.planning.NurseShift;
import care.rondo.planning.PlanningNurse;
import care.rondo.planning.PlanningVisit;
import care.rondo.planning.VisitRoster;
import care.rondo.solver.ReachableShiftMoveFilter;

/**
 * A lower bound on how many visits of a week no roster can plan without breaking a hard rule: energetic reasoning
 * over shifts. A visit can only be done in the shifts that {@linkplain ReachableShiftMoveFilter can hold it} (level,
 * skills, refusals, its start window against the shift), and only between its earliest start and its latest start
 * plus its duration. For a set S of shifts and an interval [a, b], the visits that only S can do need at least the
 * part of their duration that falls inside [a, b] wherever they are placed in their windows; S offers at most the minutes of its shifts inside [a, b] (travel,
 * rest and contracts left out, which only lowers what S can really do). When the need exceeds the offer, at least as
 * many visits as it takes, longest first, to cover the excess stay undone. Each visit also needs the shortest trip
 * that can reach it, counted where that trip must fall inside [a, b]. Shifts of different days are disjoint, so
 * the best such bound of each day adds up over the week. The sets tried are the shift sets of the visits themselves
 * and each day's whole team.
 * <p>
 * It proves that a week cannot be fully planned when it is positive; zero proves nothing.
 */
public final class CapacityBound {

    private CapacityBound() {
    }

    /** A visit as the bound sees it: the shifts that can hold it and the interval it must lie in. */
    private record Demand(BitSet shifts, long from, long to, long duration, long firstShiftStart, long travelIn) {

        /** Its minutes inside [a, b], plus the trip to it when that must lie inside too (after a shift start). */
        long need(long a, long b) {
            long part = mandatoryIn(a, b);
            return a <= firstShiftStart && to <= b ? part + travelIn : part;
        }

        /**
         * The minutes of the visit that lie inside [a, b] however it is placed in its window (energetic reasoning's
         * mandatory part: done as early as possible, or as late as possible, whichever overlaps less).
         */
        long mandatoryIn(long a, long b) {
            long early = Math.min(from + duration, b) - Math.max(from, a);
            long late = Math.min(to, b) - Math.max(to - duration, a);
            return Math.max(0, Math.min(early, late));
        }
    }

    public static int unplannable(VisitRoster roster) {
        return unplannable(roster, visit -> true);
    }

    /**
     * The bound over the {@code counted} visits only (the others are left out, which frees capacity and so keeps it
     * a bound): for a re-plan, the visits the accepted roster planned, of which at least this many stay undone.
     */
    public static int unplannable(VisitRoster roster, Predicate<PlanningVisit> counted) {
        List<NurseShift> shifts = roster.getShifts().stream().filter(s -> !s.isUnassignedBucket()).toList();
        ReachableShiftMoveFilter filter = new ReachableShiftMoveFilter();
        // every visit's shifts, the uncounted ones too: they may still come before a counted one in a route
        Map<PlanningVisit, BitSet> shiftsOf = new IdentityHashMap<>();
        Map<Integer, List<PlanningVisit>> visitsOfDay = new HashMap<>();
        for (PlanningVisit visit : roster.getVisits()) {
            BitSet can = new BitSet(shifts.size());
            for (int i = 0; i < shifts.size(); i++) {
                if (filter.fits(roster.getConstraintWeights(), visit, shifts.get(i))) {
                    can.set(i);
                    visitsOfDay.computeIfAbsent(shifts.get(i).getDay(), d -> new ArrayList<>()).add(visit);
                }
            }
            shiftsOf.put(visit, can);
        }
        visitsOfDay.replaceAll((day, visits) -> visits.stream().distinct().toList());
        Map<Integer, List<Demand>> byDay = new HashMap<>();
        int nowhere = 0;
        for (PlanningVisit visit : roster.getVisits()) {
            if (!counted.test(visit)) {
                continue;
            }
            BitSet can = shiftsOf.get(visit);
            if (can.isEmpty()) {
                nowhere++; // no shift can hold it: undone in every roster
                continue;
            }
            if (!oneDay(can, shifts)) {
                continue; // a benchmark whose shifts span days: left out, which only lowers the bound
            }
            int day = shifts.get(can.nextSetBit(0)).getDay();
            byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(new Demand(can, visit.getEffectiveEarliestStart(),
                    visit.getEffectiveLatestStart() + visit.getDuration(), visit.getDuration(),
                    firstStart(can, shifts), travelIn(visit, can, shifts, visitsOfDay.get(day), shiftsOf)));
        }
        int bound = nowhere;
        for (List<Demand> demands : byDay.values()) {
            bound += dayBound(demands, shifts);
        }
        return bound;
    }

    private static long firstStart(BitSet can, List<NurseShift> shifts) {
        long first = Long.MAX_VALUE;
        for (int i = can.nextSetBit(0); i >= 0; i = can.nextSetBit(i + 1)) {
            first = Math.min(first, shifts.get(i).getStart());
        }
        return first;
    }

    /**
     * The shortest trip that can end at the visit: from a nurse's home (for a shift that can hold it) or from another
     * visit of the same day that the same shift can hold and that can end before this one must start (lateness is a
     * hard rule in team weeks, the only rosters this bound is used for). Every planned visit is reached by one trip,
     * made after its shift starts and before it begins. Counting any visit of the day as a possible predecessor let
     * a client's insulin at 07:30 be reached from her own 08:00 care, 0 minutes away.
     */
    private static long travelIn(PlanningVisit visit, BitSet can, List<NurseShift> shifts,
            List<PlanningVisit> sameDay, Map<PlanningVisit, BitSet> shiftsOf) {
        long shortest = Long.MAX_VALUE;
        long mustStartBy = visit.getEffectiveLatestStart();
        for (int i = can.nextSetBit(0); i >= 0; i = can.nextSetBit(i + 1)) {
            NurseShift shift = shifts.get(i);
            PlanningNurse nurse = shift.getNurse();
            shortest = Math.min(shortest, nurse.travelTime(nurse.getStartLocation(), visit.getLocation()));
            for (PlanningVisit other : sameDay) {
                if (other != visit && other.getEffectiveEarliestStart() + other.getDuration() <= mustStartBy
                        && shiftsOf.get(other).get(i)) {
                    shortest = Math.min(shortest, nurse.travelTime(other.getLocation(), visit.getLocation()));
                }
                if (shortest == 0) {
                    return 0;
                }
            }
        }
        return shortest == Long.MAX_VALUE ? 0 : shortest;
    }

    private static boolean oneDay(BitSet can, List<NurseShift> shifts) {
        int day = -1;
        for (int i = can.nextSetBit(0); i >= 0; i = can.nextSetBit(i + 1)) {
            if (day >= 0 && shifts.get(i).getDay() != day) {
                return false;
            }
            day = shifts.get(i).getDay();
        }
        return true;
    }

    private static int dayBound(List<Demand> demands, List<NurseShift> shifts) {
        Set<BitSet> sets = new LinkedHashSet<>();
        BitSet all = new BitSet();
        for (Demand demand : demands) {
            sets.add(demand.shifts());
            all.or(demand.shifts());
        }
        sets.add(all);
        int best = 0;
        for (BitSet set : sets) {
            List<Demand> inside = new ArrayList<>();
            for (Demand demand : demands) {
                BitSet outside = (BitSet) demand.shifts().clone();
                outside.andNot(set);
                if (outside.isEmpty()) {
                    inside.add(demand);
                }
            }
            best = Math.max(best, setBound(inside, set, shifts));
        }
        return best;
    }

    private static int setBound(List<Demand> demands, BitSet set, List<NurseShift> shifts) {
        TreeSet<Long> starts = new TreeSet<>();
        TreeSet<Long> ends = new TreeSet<>();
        for (Demand demand : demands) {
            starts.add(demand.from());
            starts.add(demand.firstShiftStart());
            ends.add(demand.to());
        }
        int best = 0;
        List<Long> need = new ArrayList<>();
        for (long a : starts) {
            for (long b : ends.tailSet(a, false)) {
                need.clear();
                long total = 0;
                for (Demand demand : demands) {
                    long part = demand.need(a, b);
                    if (part > 0) {
                        need.add(part);
                        total += part;
                    }
                }
                long excess = total - offered(set, shifts, a, b);
                if (excess > 0) {
                    best = Math.max(best, visitsToDrop(need, excess));
                }
            }
        }
        return best;
    }

    private static long offered(BitSet set, List<NurseShift> shifts, long a, long b) {
        long minutes = 0;
        for (int i = set.nextSetBit(0); i >= 0; i = set.nextSetBit(i + 1)) {
            NurseShift shift = shifts.get(i);
            minutes += Math.max(0, Math.min(b, shift.getEnd()) - Math.max(a, shift.getStart()));
        }
        return minutes;
    }

    /** The fewest visits whose durations cover {@code excess}: the longest ones. */
    private static int visitsToDrop(List<Long> durations, long excess) {
        durations.sort(Comparator.reverseOrder());
        int count = 0;
        long covered = 0;
        for (long duration : durations) {
            if (covered >= excess) {
                break;
            }
            covered += duration;
            count++;
        }
        return count;
    }
}
