package care.rondo.bench;

import care.rondo.planning.VisitRoster;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.impl.solver.DefaultSolver;

/**
 * Runs the one roster solver on a benchmark problem and keeps the best-score history (time, score) so the bench can
 * report time to first feasible and the score at fixed moments without pausing the solver.
 */
public final class SolveRun {

    public record Improvement(long millis, HardMediumSoftLongScore score) {
    }

    private final List<Improvement> history = new ArrayList<>();
    private VisitRoster best;
    private long millis;
    private long scoreCalculations = -1;
    private long cpuMillis = -1;

    public static SolveRun solve(SolverConfig config, VisitRoster problem, Consumer<String> progress) {
        SolveRun run = new SolveRun();
        Solver<VisitRoster> solver = SolverFactory.<VisitRoster>create(config).buildSolver();
        // CPU time of the solving thread, for a figure that a busy machine disturbs far less than wall time; only
        // meaningful when that thread does all the work (no move threads)
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean oneThread = config.getMoveThreadCount() == null || "NONE".equals(config.getMoveThreadCount());
        long cpu0 = oneThread && threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : -1;
        long t0 = System.nanoTime();
        solver.addEventListener(e -> {
            long ms = (System.nanoTime() - t0) / 1_000_000;
            HardMediumSoftLongScore score = (HardMediumSoftLongScore) e.getNewBestScore();
            synchronized (run.history) {
                boolean firstFeasible = score.isFeasible() && run.firstFeasibleMillis() < 0;
                run.history.add(new Improvement(ms, score));
                if (firstFeasible) {
                    progress.accept(String.format("feasible after %.1f s: %s", ms / 1000.0, score));
                }
            }
        });
        run.best = solver.solve(problem);
        run.millis = (System.nanoTime() - t0) / 1_000_000;
        run.cpuMillis = cpu0 < 0 ? -1 : (threads.getCurrentThreadCpuTime() - cpu0) / 1_000_000;
        long evaluations = solver instanceof DefaultSolver<VisitRoster> d ? d.getSolverScope().getScoreCalculationCount()
                : -1;
        run.scoreCalculations = evaluations;
        progress.accept(String.format("solved in %.1f s: %s (%d score calculations)", run.millis / 1000.0,
                run.best.getScore(), evaluations));
        return run;
    }

    public VisitRoster best() {
        return best;
    }

    public long millis() {
        return millis;
    }

    /** Score calculations per second of the whole solve (the {@code calc_per_s=} figure), or -1 if unknown. */
    public long calcPerSecond() {
        return scoreCalculations < 0 || millis <= 0 ? -1 : scoreCalculations * 1000 / millis;
    }

    /**
     * Score calculations per CPU second of the solving thread (the {@code calc_per_cpu_s=} figure), or -1 if unknown
     * or solved with move threads. Compare builds with this on a shared machine: wall-clock rates follow the load.
     */
    public long calcPerCpuSecond() {
        return scoreCalculations < 0 || cpuMillis <= 0 ? -1 : scoreCalculations * 1000 / cpuMillis;
    }

    /** Milliseconds until the first best solution without hard penalties, or -1 if none was found. */
    public long firstFeasibleMillis() {
        synchronized (history) {
            return history.stream().filter(i -> i.score().isFeasible()).mapToLong(Improvement::millis)
                    .findFirst().orElse(-1);
        }
    }

    /** The best score known at {@code atMillis}, or null before the first solution. */
    public HardMediumSoftLongScore scoreAt(long atMillis) {
        synchronized (history) {
            HardMediumSoftLongScore s = null;
            for (Improvement i : history) {
                if (i.millis() <= atMillis) {
                    s = i.score();
                }
            }
            return s;
        }
    }

    /** Peak heap use since JVM start (all heap pools), an upper bound of what the solve needed. */
    public static long peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024 * 1024);
    }
}
