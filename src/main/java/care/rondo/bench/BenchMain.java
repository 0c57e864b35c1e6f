package care.rondo.bench;

import java.io.PrintStream;
import java.util.Arrays;

/**
 * Entry of the benchmark adapters, called by the app's main when its first argument is "bench": no HTTP server, no
 * database, no CDI. Returns the process exit code: 0 when the written solution is valid, 1 when not, 2 on usage errors.
 */
public final class BenchMain {

    static final String USAGE = String.join("\n",
            "usage: bench hhcrsp INSTANCE.json --seconds N --out SOLUTION.json [--best-known FILE] [--steps S]",
            "       bench solomon INSTANCE.txt [--nurses K] --seconds N --out ROUTES.sol [--best-known FILE] [--steps S]",
            "       bench team S|M|L --seconds N [--seed X] [--steps S] [--distinct-nurse-weight W] [--fairness-weight W]",
            "       bench replan S|M|L --seconds N [--seed X] [--accept-seconds A] [--accept-evaluations E]"
            + " [--accept-temperature T] [--absent-days D] [--changed-nurse-weight W] [--moved-start-weight W]"
            + " [--lock-unaffected-days true|false]",
            "       bench roads MAP.osm.pbf [--locations N] [--seed X] (road-network matrices, all modes)",
            "common: --results-dir DIR (default bench-results),",
            "        --evaluations E (stop after E score calculations instead of N seconds: reproducible),",
            "        --temperature T|none (simulated annealing start, soft units; none = product acceptor),",
            "        --seed X (the solver's random seed; for team and replan also the generated week's, default 1);",
            "        every run ends with one RESULT line");

    private BenchMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    /**
     * The adapters run without Quarkus, so application.properties' {@code org.optaplanner} level (WARN) is not applied
     * and OptaPlanner's unguarded per-move TRACE calls formatted every move for nothing: 12.6% of the CPU samples of
     * {@code bench hhcrsp InstanzCPLEX_HCSRP_25_1} (JFR), a cost the service never pays. Held here so it stays set.
     */
    private static final org.jboss.logmanager.Logger SOLVER_LOG =
            org.jboss.logmanager.Logger.getLogger("org.optaplanner");

    static int run(String[] args, PrintStream stdout, PrintStream stderr) {
        SOLVER_LOG.setLevel(org.jboss.logmanager.Level.WARN);
        String[] rest = args.length > 0 && args[0].equals("bench") ? Arrays.copyOfRange(args, 1, args.length) : args;
        BenchArgs parsed;
        try {
            parsed = BenchArgs.parse(rest);
        } catch (BenchArgs.UsageException e) {
            stderr.println(e.getMessage());
            stderr.println(USAGE);
            return 2;
        }
        try (BenchOutput out = new BenchOutput(stdout, parsed.resultsDir(), parsed.kind(), instanceName(parsed))) {
            out.line("bench %s %s: figures also go to %s", parsed.kind(), parsed.target(), out.file());
            int code = switch (parsed.kind()) {
                case "hhcrsp" -> HhcrspBench.run(parsed, out);
                case "solomon" -> SolomonBench.run(parsed, out);
                case "team" -> TeamBench.run(parsed, out);
                case "replan" -> ReplanBench.run(parsed, out);
                case "roads" -> RoadsBench.run(parsed, out);
                default -> throw new BenchArgs.UsageException("unknown benchmark kind " + parsed.kind());
            };
            return code;
        } catch (BenchArgs.UsageException e) {
            stderr.println("bench: " + e.getMessage());
            stderr.println(USAGE);
            return 2;
        } catch (Exception e) {
            stderr.println("bench failed: " + e);
            e.printStackTrace(stderr);
            return 1;
        }
    }

    private static String instanceName(BenchArgs args) {
        String name = args.target().replaceAll(".*[/\\\\]", "").replaceFirst("\\.(json|txt|osm\\.pbf)$", "");
        return (args.kind().equals("team") || args.kind().equals("replan")) ? name + "-seed" + args.options().getOrDefault("seed", "1") : name;
    }
}
