package care.rondo.bench;

import care.rondo.bench.HhcrspInstance.Patient;
import care.rondo.bench.HhcrspInstance.VisitRef;
import care.rondo.bench.HhcrspSolution.Route;
import care.rondo.bench.HhcrspSolution.Stop;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Exact earliest timing of fixed HHCRSP routes. Tardiness never decreases when a start moves later, so the
 * cheapest timing of given routes is the least solution of the difference constraints S_v >= S_u + w (travel
 * chains from time 0 at the office, window openings, simultaneous equality, sequential min/max). That is a
 * longest-path problem solved by Bellman-Ford; a positive cycle means the routes cannot be timed at all.
 * Independent of the solver on purpose: the solver works in rounded long time units, the written file must not.
 */
public final class HhcrspScheduler {

    private static final double EPS = 1e-9;

    private HhcrspScheduler() {
    }

    /** Timed routes, or empty when the routes admit no timing (positive cycle in the constraint graph). */
    public static Optional<HhcrspSolution> schedule(HhcrspInstance inst, List<List<VisitRef>> routes) {
        Map<VisitRef, Double> start = starts(inst, routes);
        if (start == null) {
            return Optional.empty();
        }
        List<Route> timed = new ArrayList<>();
        for (int c = 0; c < routes.size(); c++) {
            List<Stop> stops = new ArrayList<>();
            for (VisitRef v : routes.get(c)) {
                double s = start.get(v);
                Patient p = inst.patients().get(v.patient());
                stops.add(new Stop(p.id(), p.required().get(v.req()).service(), s, s + duration(inst, v)));
            }
            timed.add(new Route(inst.caregivers().get(c).id(), List.copyOf(stops)));
        }
        return Optional.of(new HhcrspSolution(List.copyOf(timed)));
    }

    /** The benchmark cost of routes at their earliest timing (missing visits cost nothing); infinite if untimable. */
    public static double cost(HhcrspInstance inst, List<List<VisitRef>> routes) {
        Map<VisitRef, Double> start = starts(inst, routes);
        if (start == null) {
            return Double.POSITIVE_INFINITY;
        }
        double distance = 0;
        double total = 0;
        double max = 0;
        for (List<VisitRef> route : routes) {
            int prevRow = 0;
            for (VisitRef v : route) {
                int row = HhcrspInstance.row(v.patient());
                distance += inst.travel(prevRow, row);
                double late = Math.max(0, start.get(v) - inst.patients().get(v.patient()).windowEnd());
                total += late;
                max = Math.max(max, late);
                prevRow = row;
            }
            distance += route.isEmpty() ? 0 : inst.travel(prevRow, 0);
        }
        return new HhcrspCost(distance, total, max).cost();
    }

    /** Earliest start of every routed visit, or null on a positive cycle. */
    private static Map<VisitRef, Double> starts(HhcrspInstance inst, List<List<VisitRef>> routes) {
        if (routes.size() != inst.caregivers().size()) {
            throw new IllegalArgumentException("need one route per caregiver");
        }
        Map<VisitRef, Integer> node = new HashMap<>();
        List<VisitRef> visits = new ArrayList<>();
        for (List<VisitRef> route : routes) {
            for (VisitRef v : route) {
                if (node.putIfAbsent(v, visits.size()) != null) {
                    throw new IllegalArgumentException("visit planned twice: " + v);
                }
                visits.add(v);
            }
        }
        List<double[]> edges = new ArrayList<>(); // {from, to, weight}: S_to >= S_from + weight; node -1 = time 0
        for (List<VisitRef> route : routes) {
            int prevRow = 0;
            int prevNode = -1;
            double prevDuration = 0;
            for (VisitRef v : route) {
                int row = HhcrspInstance.row(v.patient());
                edges.add(new double[] {prevNode, node.get(v), prevDuration + inst.travel(prevRow, row)});
                prevRow = row;
                prevNode = node.get(v);
                prevDuration = duration(inst, v);
            }
        }
        for (VisitRef v : visits) {
            edges.add(new double[] {-1, node.get(v), inst.patients().get(v.patient()).windowStart()});
            Patient p = inst.patients().get(v.patient());
            if (p.sync() != null && v.req() == 0) {
                Integer a = node.get(v);
                Integer b = node.get(new VisitRef(v.patient(), 1));
                if (b != null) {
                    edges.add(new double[] {a, b, p.sync().min()});
                    edges.add(new double[] {b, a, -p.sync().max()});
                }
            }
        }
        double[] start = longestPaths(visits.size(), edges);
        if (start == null) {
            return null;
        }
        Map<VisitRef, Double> byVisit = new HashMap<>();
        for (int i = 0; i < visits.size(); i++) {
            byVisit.put(visits.get(i), start[i]);
        }
        return byVisit;
    }

    /** The visit sequences of a solution, one per caregiver in instance order (missing routes are idle). */
    public static List<List<VisitRef>> routesOf(HhcrspInstance inst, HhcrspSolution sol) {
        List<List<VisitRef>> routes = new ArrayList<>();
        for (var caregiver : inst.caregivers()) {
            List<VisitRef> route = new ArrayList<>();
            sol.routes().stream().filter(r -> r.caregiverId().equals(caregiver.id())).findFirst()
                    .ifPresent(r -> r.stops().forEach(s -> route.add(ref(inst, s))));
            routes.add(route);
        }
        return routes;
    }

    private static VisitRef ref(HhcrspInstance inst, Stop s) {
        int p = inst.patientIndex(s.patient());
        if (p < 0) {
            throw new IllegalArgumentException("unknown patient " + s.patient());
        }
        var reqs = inst.patients().get(p).required();
        for (int i = 0; i < reqs.size(); i++) {
            if (reqs.get(i).service().equals(s.service())) {
                return new VisitRef(p, i);
            }
        }
        throw new IllegalArgumentException(s.patient() + " does not require " + s.service());
    }

    private static double[] longestPaths(int n, List<double[]> edges) {
        double[] s = new double[n]; // all starts >= 0: the horizon starts at 0
        for (int round = 0; round <= n; round++) {
            boolean changed = false;
            for (double[] e : edges) {
                double from = e[0] < 0 ? 0 : s[(int) e[0]];
                int to = (int) e[1];
                if (from + e[2] > s[to] + EPS) {
                    s[to] = from + e[2];
                    changed = true;
                }
            }
            if (!changed) {
                return s;
            }
        }
        return null;
    }

    static double duration(HhcrspInstance inst, VisitRef v) {
        return inst.patients().get(v.patient()).required().get(v.req()).duration();
    }
}
