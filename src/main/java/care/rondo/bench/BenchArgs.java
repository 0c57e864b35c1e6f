package care.rondo.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import care.rondo.planning.RosterConstraint;
import care.rondo.planning.VisitRoster;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** {@code KIND TARGET --option value ...}, with "bench" itself already removed. Unknown options fail loudly. */
public record BenchArgs(String kind, String target, Map<String, String> options) {

    private static final List<String> KNOWN = List.of("seconds", "out", "nurses", "seed", "best-known",
            "results-dir", "steps", "evaluations", "accept-seconds", "temperature", "accept-evaluations",
            "accept-temperature", "absent-days", "changed-nurse-weight", "moved-start-weight", "lock-unaffected-days",
            "move-threads", "locations", "distinct-nurse-weight", "fairness-weight");

    /** A command-line mistake: reported with the usage text and exit code 2. */
    public static final class UsageException extends IllegalArgumentException {
        public UsageException(String message) {
            super(message);
        }
    }

    public static BenchArgs parse(String[] args) {
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                String name = args[i].substring(2);
                if (!KNOWN.contains(name) || i + 1 >= args.length) {
                    throw new UsageException("unknown option or missing value: " + args[i]);
                }
                options.put(name, args[++i]);
            } else {
                positional.add(args[i]);
            }
        }
        if (positional.size() != 2) {
            throw new UsageException("expected KIND and INSTANCE/SIZE, got " + positional);
        }
        return new BenchArgs(positional.get(0), positional.get(1), Map.copyOf(options));
    }

    public long seconds() {
        return Long.parseLong(options.getOrDefault("seconds", "60"));
    }

    /** Optional step limit for the local search: makes short runs (tests) independent of machine speed. */
    public Integer steps() {
        return options.containsKey("steps") ? Integer.valueOf(options.get("steps")) : null;
    }

    /**
     * Optional cap on score calculations for the whole solve: deterministic like a step limit, but it also ends a
     * local search whose acceptor has stalled (no accepted move, so no further steps).
     */
    public Long evaluations() {
        return options.containsKey("evaluations") ? Long.valueOf(options.get("evaluations")) : null;
    }

    public Path path(String option) {
        return options.containsKey(option) ? Path.of(options.get(option)) : null;
    }

    public String require(String option) {
        String v = options.get(option);
        if (v == null) {
            throw new UsageException("--" + option + " is required for bench " + kind);
        }
        return v;
    }

    public Path resultsDir() {
        return Path.of(options.getOrDefault("results-dir", "bench-results"));
    }

    /** Replaces one constraint's soft weight in the problem when {@code --option W} is given (team defaults else). */
    void applyWeight(String option, VisitRoster problem, RosterConstraint constraint) {
        String value = options.get(option);
        if (value != null) {
            problem.getConstraintWeights().withWeight(constraint, HardMediumSoftLongScore.ofSoft(Long.parseLong(value)));
        }
    }
}
