package care.rondo.bench;

import care.rondo.bench.HhcrspInstance.Caregiver;
import care.rondo.bench.HhcrspInstance.Patient;
import care.rondo.bench.HhcrspSolution.Route;
import care.rondo.bench.HhcrspSolution.Stop;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Strict checker of a timed solution, applying HHCRSP-FORMAT.md §3 with an absolute tolerance of 1e-3 (stricter
 * than the official validator, like the grading checker). Costs are measured on the solution's own times.
 * Used before writing every solution and in tests on the published best-known files.
 */
public final class HhcrspChecker {

    static final double TOL = 1e-3;

    public record Report(List<String> violations, HhcrspCost cost) {
        public boolean feasible() {
            return violations.isEmpty();
        }
    }

    private HhcrspChecker() {
    }

    public static Report check(HhcrspInstance inst, HhcrspSolution sol) {
        List<String> bad = new ArrayList<>();
        Map<String, Integer> patientIndex = new HashMap<>();
        for (int i = 0; i < inst.patients().size(); i++) {
            patientIndex.put(inst.patients().get(i).id(), i);
        }
        Map<String, Caregiver> caregivers = new HashMap<>();
        inst.caregivers().forEach(c -> caregivers.put(c.id(), c));
        Set<String> seenRoutes = new HashSet<>();
        Map<String, Stop> done = new HashMap<>(); // "patient/service" -> stop
        double distance = 0;
        double total = 0;
        double max = 0;
        for (Route r : sol.routes()) {
            Caregiver c = caregivers.get(r.caregiverId());
            if (c == null || !seenRoutes.add(r.caregiverId())) {
                bad.add("unknown or repeated caregiver route " + r.caregiverId());
                continue;
            }
            int prevRow = 0;
            double prevEnd = 0;
            for (Stop s : r.stops()) {
                int p = patientIndex.getOrDefault(s.patient(), -1);
                if (p < 0) {
                    bad.add("unknown patient " + s.patient());
                    continue;
                }
                Patient patient = inst.patients().get(p);
                int req = requirementIndex(patient, s.service());
                if (req < 0) {
                    bad.add(s.patient() + " does not require " + s.service());
                    continue;
                }
                if (done.put(s.patient() + "/" + s.service(), s) != null) {
                    bad.add("service performed twice: " + s.patient() + "/" + s.service());
                }
                if (!c.canDo(s.service())) {
                    bad.add(c.id() + " lacks ability " + s.service());
                }
                int row = HhcrspInstance.row(p);
                distance += inst.travel(prevRow, row);
                if (s.start() < prevEnd + inst.travel(prevRow, row) - TOL) {
                    bad.add(c.id() + " cannot reach " + s.patient() + " by " + s.start());
                }
                if (s.start() < patient.windowStart() - TOL) {
                    bad.add(s.patient() + "/" + s.service() + " starts before its window opens");
                }
                double duration = patient.required().get(req).duration();
                if (Math.abs(s.end() - s.start() - duration) > TOL) {
                    bad.add(s.patient() + "/" + s.service() + " departure is not start + duration");
                }
                double tardiness = Math.max(0, s.start() - patient.windowEnd());
                total += tardiness;
                max = Math.max(max, tardiness);
                prevRow = row;
                prevEnd = s.start() + duration;
            }
            distance += inst.travel(prevRow, 0);
        }
        if (seenRoutes.size() != inst.caregivers().size()) {
            bad.add("expected one route per caregiver (" + inst.caregivers().size() + "), got " + seenRoutes.size());
        }
        for (Patient p : inst.patients()) {
            checkCoverageAndSync(p, done, bad);
        }
        return new Report(List.copyOf(bad), new HhcrspCost(distance, total, max));
    }

    private static void checkCoverageAndSync(Patient p, Map<String, Stop> done, List<String> bad) {
        List<Stop> stops = new ArrayList<>();
        for (var req : p.required()) {
            Stop s = done.get(p.id() + "/" + req.service());
            if (s == null) {
                bad.add("not served: " + p.id() + "/" + req.service());
                return;
            }
            stops.add(s);
        }
        if (p.sync() != null) {
            double gap = stops.get(1).start() - stops.get(0).start();
            double min = p.sync().simultaneous() ? 0 : p.sync().min();
            double max = p.sync().simultaneous() ? 0 : p.sync().max();
            if (gap < min - TOL || gap > max + TOL) {
                bad.add(p.id() + " synchronisation broken: start gap " + gap + " not in [" + min + "," + max + "]");
            }
        }
    }

    private static int requirementIndex(Patient p, String service) {
        for (int i = 0; i < p.required().size(); i++) {
            if (p.required().get(i).service().equals(service)) {
                return i;
            }
        }
        return -1;
    }
}
