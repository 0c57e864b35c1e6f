package care.rondo.bench;

import care.rondo.planning.RosterConstraint;
import care.rondo.planning.VisitRoster;
import care.rondo.solver.RosterSolverConfig;
import java.io.IOException;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** {@code bench team S|M|L --seconds N [--seed X]}: a generated team week solved with the product's own weights. */
final class TeamBench {

    private static final long[] CHECKPOINTS_S = {10, 30, 60};

    private TeamBench() {
    }

    static int run(BenchArgs args, BenchOutput out) throws IOException {
        long seed = Long.parseLong(args.options().getOrDefault("seed", "1"));
        TeamWeek week = TeamWeekGenerator.generate(args.target(), seed);
        out.line("%s", TeamWeekStats.describe(week));
        VisitRoster problem = TeamWeekMapper.toRoster(week);
        args.applyWeight("distinct-nurse-weight", problem, RosterConstraint.DISTINCT_NURSES_PER_CLIENT);
        args.applyWeight("fairness-weight", problem, RosterConstraint.WORKLOAD_FAIRNESS);
        long boundStart = System.nanoTime();
        int unplannable = CapacityBound.unplannable(problem);
        out.line("capacity bound: at least %d visits cannot be planned by any roster (%s; %.1f s)", unplannable,
                unplannable > 0 ? "the week cannot be fully planned" : "proves nothing",
                (System.nanoTime() - boundStart) / 1e9);
        double fewestNurses = ContinuityBound.meanFewestNurses(problem);
        out.line("continuity bound: a client needs at least %.2f distinct nurses on average (whose shifts can hold"
                + " all her visits; capacity left out)", fewestNurses);
        SolverConfig config = BenchSolverConfig.create(args, true, RosterSolverConfig.TEAM_WEEK_SOFT_TEMPERATURE);
        SolveRun run = SolveRun.solve(config, problem,
                msg -> out.line("%s", msg));
        long feasibleMs = run.firstFeasibleMillis();
        out.line("time to first feasible: %s", feasibleMs < 0 ? "none" : String.format("%.1f s", feasibleMs / 1000.0));
        for (long s : CHECKPOINTS_S) {
            if (s <= args.seconds()) {
                HardMediumSoftLongScore score = run.scoreAt(s * 1000);
                out.line("score at %d s: %s", s, score == null ? "none yet" : score);
            }
        }
        out.line("soft score by constraint: %s", softByConstraint(config, run.best()));
        TeamMetrics m = TeamMetrics.of(run.best());
        out.line("unassigned by what they need: %s", unassignedByNeed(run.best()));
        long heapMb = SolveRun.peakHeapMb();
        out.line("unassigned %d of %d; travel %.2f min/visit; %.2f distinct nurses/client; contract deviation"
                + " %.1f%% (%.1f%% from fair shares); peak heap %d MB (max %d MB)", m.unassigned(), m.visits(),
                m.travelMinPerVisit(), m.distinctNursesPerClient(), m.contractDevPct(), m.shareDevPct(), heapMb,
                Runtime.getRuntime().maxMemory() >> 20);
        out.line("RESULT size=%s visits=%d first_feasible_s=%s score=%s unassigned=%d unplannable_bound=%d"
                + " travel_min_per_visit=%.2f distinct_nurses_per_client=%.2f distinct_bound=%.2f"
                + " contract_dev_pct=%.1f share_dev_pct=%.1f heap_mb=%d calc_per_s=%d calc_per_cpu_s=%d",
                week.size(), m.visits(), feasibleMs < 0 ? "NA" : String.format("%.1f", feasibleMs / 1000.0),
                run.best().getScore().toString().replace(' ', '_'), m.unassigned(), unplannable, m.travelMinPerVisit(),
                m.distinctNursesPerClient(), fewestNurses, m.contractDevPct(), m.shareDevPct(), heapMb,
                run.calcPerSecond(), run.calcPerCpuSecond());
        return 0;
    }

    /**
     * The visits left undone, grouped by level, skills, link and the hour their window opens (the week's time is in
     * seconds from Monday 00:00), most first: where a week is short of qualified hands.
     */
    static String unassignedByNeed(VisitRoster solution) {
        Map<String, Long> counts = solution.getUnassigned().getVisits().stream()
                .collect(Collectors.groupingBy(visit -> "L" + visit.getMinLevel()
                        + (visit.getRequiredSkills().isEmpty() ? "" : " " + new TreeSet<>(visit.getRequiredSkills()))
                        + (visit.getLinkType() == null ? "" : " " + visit.getLinkType().name().toLowerCase(Locale.ROOT))
                        + String.format(Locale.ROOT, " %02d:00", visit.getEarliestStart() % 86_400 / 3600),
                        TreeMap::new, Collectors.counting()));
        return counts.isEmpty() ? "none" : counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(entry -> entry.getKey() + " ×" + entry.getValue())
                .collect(Collectors.joining(", "));
    }

    /** Where the soft score goes, largest first: what the search traded continuity against. */
    private static String softByConstraint(SolverConfig config, VisitRoster solution) {
        SolutionManager<VisitRoster, HardMediumSoftLongScore> manager =
                SolutionManager.create(SolverFactory.create(config));
        return manager.explain(solution).getConstraintMatchTotalMap().values().stream()
                .filter(total -> total.getScore().softScore() != 0)
                .sorted(Comparator.comparingLong(total -> total.getScore().softScore()))
                .map(total -> total.getConstraintName() + " " + total.getScore().softScore())
                .collect(Collectors.joining(", "));
    }
}
