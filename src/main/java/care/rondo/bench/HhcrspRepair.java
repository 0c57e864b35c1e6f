package care.rondo.bench;

import care.rondo.bench.HhcrspInstance.VisitRef;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts visits the solver left unassigned into the cheapest position that the exact scheduler can time, so the
 * written file always covers every service. In HHCRSP windows are soft and there is no end of day, so a position
 * always exists; the bench reports how many visits needed this, because it means the solver ran too short.
 */
public final class HhcrspRepair {

    /** Above this many trial schedules, only route ends are tried: each trial is a full Bellman-Ford pass. */
    private static final long FULL_SEARCH_BUDGET = 20_000;

    private HhcrspRepair() {
    }

    public static List<List<VisitRef>> insertAll(HhcrspInstance inst, List<List<VisitRef>> routes,
            List<VisitRef> missing) {
        List<List<VisitRef>> current = new ArrayList<>();
        routes.forEach(r -> current.add(new ArrayList<>(r)));
        long positions = inst.visitCount() + routes.size();
        boolean endsOnly = (long) missing.size() * positions > FULL_SEARCH_BUDGET;
        for (VisitRef v : missing) {
            int[] at = cheapest(inst, current, v, endsOnly);
            if (at == null && endsOnly) {
                at = cheapest(inst, current, v, false);
            }
            if (at == null) {
                throw new IllegalStateException("no position can take " + v);
            }
            current.get(at[0]).add(at[1], v);
        }
        return current;
    }

    /** {route, position} of the cheapest timable insertion by a caregiver with the ability, or null. */
    private static int[] cheapest(HhcrspInstance inst, List<List<VisitRef>> current, VisitRef v, boolean endsOnly) {
        String service = inst.patients().get(v.patient()).required().get(v.req()).service();
        double best = Double.POSITIVE_INFINITY;
        int[] at = null;
        for (int c = 0; c < current.size(); c++) {
            if (!inst.caregivers().get(c).canDo(service)) {
                continue;
            }
            List<VisitRef> route = current.get(c);
            for (int pos = endsOnly ? route.size() : 0; pos <= route.size(); pos++) {
                route.add(pos, v);
                double cost = HhcrspScheduler.cost(inst, current);
                route.remove(pos);
                if (cost < best) {
                    best = cost;
                    at = new int[] {c, pos};
                }
            }
        }
        return at;
    }
}
