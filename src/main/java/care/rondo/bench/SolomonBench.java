package care.rondo.bench;

import care.rondo.planning.VisitRoster;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * {@code bench solomon INSTANCE.txt [--nurses K] --seconds N --out ROUTES.sol [--best-known FILE] [--steps S]}; K
 * defaults to the instance's best-known fleet size. Customers the solver could not fit into K routes are written as
 * extra one-customer routes, so the file stays a valid VRPTW solution; the RESULT line then shows more vehicles than
 * K, served below the total and {@code feasible=false} (the fleet was exceeded).
 */
final class SolomonBench {

    private SolomonBench() {
    }

    static int run(BenchArgs args, BenchOutput out) throws IOException {
        SolomonInstance inst = SolomonReader.read(Path.of(args.target()));
        Integer bestVehicles = BestKnown.vehicles(inst.name(), args.path("best-known"));
        if (!args.options().containsKey("nurses") && bestVehicles == null) {
            throw new BenchArgs.UsageException("--nurses is required: no best-known fleet for " + inst.name());
        }
        int nurses = args.options().containsKey("nurses") ? Integer.parseInt(args.options().get("nurses"))
                : bestVehicles;
        Path routesFile = Path.of(args.require("out"));
        out.line("solomon %s: %d customers, capacity %d, %d nurses; solving %d s", inst.name(),
                inst.customers().size(), inst.capacity(), nurses, args.seconds());
        VisitRoster problem = SolomonMapper.toRoster(inst, nurses);
        SolveRun run = SolveRun.solve(BenchSolverConfig.create(args, true, 20 * SolomonMapper.SCALE), problem,
                msg -> out.line("%s", msg));
        List<List<Integer>> routes = new ArrayList<>(SolomonMapper.routes(run.best()));
        List<Integer> missing = SolomonMapper.unassigned(run.best());
        int served = inst.customers().size() - missing.size();
        if (!missing.isEmpty()) {
            out.line("warning: %d customers unserved by %d nurses, written as extra routes: %s", missing.size(),
                    nurses, missing);
            missing.forEach(c -> routes.add(List.of(c)));
        }
        SolomonRoutes.Report report = SolomonRoutes.check(inst, routes);
        report.violations().forEach(v -> out.line("violation: %s", v));
        SolomonRoutes.write(routes, report.distance(), routesFile);
        OptionalDouble best = BestKnown.lookup(inst.name(), args.path("best-known"));
        // feasible for the fleet asked: extra one-customer routes keep the file valid but exceed it
        boolean feasible = report.feasible() && missing.isEmpty();
        out.line("solver score %s; routes written to %s%s", run.best().getScore(), routesFile,
                bestVehicles == null ? "" : "; best-known vehicles " + bestVehicles);
        out.line("RESULT instance=%s vehicles=%d served=%d/%d distance=%.2f best_known=%s gap_pct=%s feasible=%s calc_per_s=%d calc_per_cpu_s=%d",
                inst.name(), report.vehicles(), served, inst.customers().size(), report.distance(),
                best.isPresent() ? String.format("%.2f", best.getAsDouble()) : "NA",
                best.isPresent() ? String.format("%.2f", BestKnown.gapPct(report.distance(), best.getAsDouble()))
                        : "NA", feasible, run.calcPerSecond(), run.calcPerCpuSecond());
        return feasible ? 0 : 1;
    }
}
