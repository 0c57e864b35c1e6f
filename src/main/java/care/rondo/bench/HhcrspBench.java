package care.rondo.bench;

import care.rondo.bench.HhcrspInstance.VisitRef;
import care.rondo.planning.VisitRoster;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * {@code bench hhcrsp INSTANCE.json --seconds N --out SOLUTION.json [--best-known FILE] [--steps S]}: solve with the
 * roster solver under benchmark weights, re-time the routes exactly, check them strictly, write the public format.
 */
final class HhcrspBench {

    private HhcrspBench() {
    }

    static int run(BenchArgs args, BenchOutput out) throws IOException {
        Path file = Path.of(args.target());
        Path solutionFile = Path.of(args.require("out"));
        HhcrspInstance inst = HhcrspReader.read(file);
        out.line("hhcrsp %s: %d patients, %d visits, %d caregivers; solving %d s", inst.name(), inst.patients().size(),
                inst.visitCount(), inst.caregivers().size(), args.seconds());
        HhcrspMapper mapper = new HhcrspMapper(inst);
        VisitRoster problem = mapper.toRoster();
        SolveRun run = SolveRun.solve(
                BenchSolverConfig.create(args, mapper.hasCoordinates(), 20 * HhcrspMapper.SCALE), problem,
                msg -> out.line("%s", msg));
        List<VisitRef> missing = new ArrayList<>(mapper.unassigned(run.best()));
        List<List<VisitRef>> routes = withoutMissingAbility(inst, mapper.routes(run.best()), missing);
        if (!missing.isEmpty()) {
            out.line("warning: %d visits unassigned by the solver, inserted greedily", missing.size());
            routes = HhcrspRepair.insertAll(inst, routes, missing);
        }
        HhcrspSolution timed = HhcrspScheduler.schedule(inst, routes).orElse(null);
        if (timed == null) {
            out.line("warning: solver routes cannot be timed exactly; rebuilding them greedily");
            timed = HhcrspScheduler.schedule(inst, rebuild(inst)).orElseThrow();
        }
        HhcrspChecker.Report report = HhcrspChecker.check(inst, timed);
        report.violations().forEach(v -> out.line("violation: %s", v));
        HhcrspSolutionIo.write(timed, solutionFile);
        HhcrspCost c = report.cost();
        OptionalDouble best = BestKnown.lookup(inst.name(), args.path("best-known"));
        out.line("solver score %s (soft/%d/3 = %.3f); exact cost %.3f; solution written to %s", run.best().getScore(),
                HhcrspMapper.SCALE, -run.best().getScore().softScore() / (3.0 * HhcrspMapper.SCALE), c.cost(),
                solutionFile);
        out.line("RESULT instance=%s distance=%.3f total_tardiness=%.3f max_tardiness=%.3f cost=%.3f best_known=%s"
                + " gap_pct=%s feasible=%s calc_per_s=%d calc_per_cpu_s=%d", inst.name(), c.distance(), c.totalTardiness(), c.maxTardiness(), c.cost(),
                best.isPresent() ? String.format("%.3f", best.getAsDouble()) : "NA",
                best.isPresent() ? String.format("%.2f", BestKnown.gapPct(c.cost(), best.getAsDouble())) : "NA",
                report.feasible(), run.calcPerSecond(), run.calcPerCpuSecond());
        return report.feasible() ? 0 : 1;
    }

    /** A hard-infeasible end state must not reach the file: visits a caregiver cannot do are moved to missing. */
    private static List<List<VisitRef>> withoutMissingAbility(HhcrspInstance inst, List<List<VisitRef>> routes,
            List<VisitRef> missing) {
        List<List<VisitRef>> kept = new ArrayList<>();
        for (int c = 0; c < routes.size(); c++) {
            List<VisitRef> route = new ArrayList<>();
            for (VisitRef v : routes.get(c)) {
                String service = inst.patients().get(v.patient()).required().get(v.req()).service();
                if (inst.caregivers().get(c).canDo(service)) {
                    route.add(v);
                } else {
                    missing.add(v);
                }
            }
            kept.add(route);
        }
        return kept;
    }

    /** Last resort: every visit inserted at its cheapest exact position, earliest window first. */
    private static List<List<VisitRef>> rebuild(HhcrspInstance inst) {
        List<VisitRef> all = new ArrayList<>();
        for (int p = 0; p < inst.patients().size(); p++) {
            for (int r = 0; r < inst.patients().get(p).required().size(); r++) {
                all.add(new VisitRef(p, r));
            }
        }
        all.sort(Comparator.comparingDouble(v -> inst.patients().get(v.patient()).windowStart()));
        List<List<VisitRef>> empty = new ArrayList<>();
        inst.caregivers().forEach(c -> empty.add(new ArrayList<>()));
        return HhcrspRepair.insertAll(inst, empty, all);
    }
}
