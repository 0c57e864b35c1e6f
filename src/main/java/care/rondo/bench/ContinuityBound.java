package care.rondo.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import care.rondo.planning.LinkType;
import care.rondo.planning.NurseShift;
import care.rondo.planning.PlanningNurse;
import care.rondo.planning.PlanningVisit;
import care.rondo.planning.VisitRoster;
import care.rondo.solver.ReachableShiftMoveFilter;

/**
 * A lower bound on the distinct nurses each client must see in a week: the fewest nurses whose shifts can together
 * hold all her visits (level, skills, refusals, and her start windows against their shifts, as
 * {@link ReachableShiftMoveFilter} sees it), with the two halves of a double-handed visit done by two different
 * nurses. Travel, capacity, rest and contracts are left out, which only lowers it: no roster can give a client fewer
 * nurses. An exact set cover per client, by branching on the nurses who can do her first visit not yet covered.
 * <p>
 * It tells how far a team week's "distinct nurses per client" is from what its rota allows at all.
 */
public final class ContinuityBound {

    private ContinuityBound() {
    }

    /**
     * The mean over clients of the fewest nurses who could do all her visits that anyone can do; NaN when the team
     * has more than 64 nurses (the cover works on one {@code long} of nurses).
     */
    public static double meanFewestNurses(VisitRoster roster) {
        List<PlanningNurse> nurses = roster.getShifts().stream().filter(s -> !s.isUnassignedBucket())
                .map(NurseShift::getNurse).distinct().toList();
        if (nurses.size() > Long.SIZE) {
            return Double.NaN;
        }
        ReachableShiftMoveFilter filter = new ReachableShiftMoveFilter();
        Map<Object, List<PlanningVisit>> byClient = new LinkedHashMap<>();
        roster.getVisits().forEach(v -> byClient.computeIfAbsent(v.getClient().id(), c -> new ArrayList<>()).add(v));
        long total = 0;
        int clients = 0;
        for (List<PlanningVisit> visits : byClient.values()) {
            Map<PlanningVisit, Long> able = new LinkedHashMap<>();
            for (PlanningVisit visit : visits) {
                long mask = 0;
                for (NurseShift shift : roster.getShifts()) {
                    if (!shift.isUnassignedBucket() && filter.fits(roster.getConstraintWeights(), visit, shift)) {
                        mask |= 1L << nurses.indexOf(shift.getNurse());
                    }
                }
                if (mask != 0) {
                    able.put(visit, mask);
                }
            }
            if (able.isEmpty()) {
                continue; // nobody can do any of her visits: she sees no nurse in any roster
            }
            List<long[]> doubleHanded = new ArrayList<>();
            able.forEach((visit, mask) -> {
                Long partner = able.get(visit.getPartner());
                if (visit.getLinkType() == LinkType.DOUBLE_HANDED && visit.isLinkLead() && partner != null) {
                    doubleHanded.add(new long[] {mask, partner});
                }
            });
            total += fewest(able.values().stream().mapToLong(Long::longValue).toArray(), doubleHanded);
            clients++;
        }
        return clients == 0 ? 0 : (double) total / clients;
    }

    /** The size of the smallest set of nurses meeting every visit's mask and every pair's two-nurse rule. */
    static int fewest(long[] visitMasks, List<long[]> doubleHanded) {
        int k = 0;
        while (!covers(visitMasks, doubleHanded, 0L, k)) {
            k++;
        }
        return k;
    }

    private static boolean covers(long[] visitMasks, List<long[]> doubleHanded, long chosen, int left) {
        long branch = 0;
        for (long mask : visitMasks) {
            if ((mask & chosen) == 0) {
                branch = mask;
                break;
            }
        }
        if (branch == 0) {
            for (long[] pair : doubleHanded) {
                long first = pair[0] & chosen;
                if (first == (pair[1] & chosen) && Long.bitCount(first) == 1) {
                    branch = (pair[0] | pair[1]) & ~chosen; // one nurse cannot do both halves: another must come
                    break;
                }
            }
        }
        if (branch == 0) {
            return true;
        }
        if (left == 0) {
            return false;
        }
        for (long rest = branch; rest != 0; rest &= rest - 1) {
            if (covers(visitMasks, doubleHanded, chosen | Long.lowestOneBit(rest), left - 1)) {
                return true;
            }
        }
        return false;
    }
}
