package care.rondo.bench;
import care.rondo.planning.PlanningVisit;
import care.rondo.planning.RosterConstraint;
import care.rondo.planning.NurseShift;
import care.rondo.planning.RosterConstraintWeights;
import care.rondo.planning.VisitRoster;
import care.rondo.solver.RosterSolverConfig;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * {@code bench replan S|M|L --seconds N [--seed X] [--accept-seconds A] [--accept-evaluations E] [--absent-days D]
 * [--changed-nurse-weight W] [--moved-start-weight W] [--lock-unaffected-days true|false]}: the re-plan the service runs when a nurse calls in sick.
 * A generated week is solved for A seconds (default 30) and taken as accepted; then the nurse with the most visits on
 * those days is absent for D days from Wednesday (default 1), Monday and Tuesday are frozen (pinned at their accepted starts), every
 * visit remembers its accepted nurse and start (priced with the team defaults, or the weights given), and the week is
 * re-solved for N seconds from the accepted routes, with only the absent nurse's visits left to place. As in the
 * service, the days the absence does not touch are locked as accepted (unless {@code --lock-unaffected-days false}).
 * <p>
 * Churn is measured on the other nurses' visits after the freeze: the share that changed nurse
 * ({@code unaffected_changed_pct}, unassigned counts as changed), the share whose start moved by 15 minutes or more
 * ({@code start_moved_15_pct}), and, over all visits, how many the accepted week planned and the re-plan leaves
 * undone ({@code newly_unassigned}).
 */
final class ReplanBench {

    private static final int FIRST_ABSENT_DAY = 2;
    /** As the service. */
    private static final long TEMPERATURE = RosterSolverConfig.TEAM_WEEK_SOFT_TEMPERATURE;
    private static final long NOTICEABLE_MOVE_SECONDS = 15 * 60;
    /** As the service (PlanningMapper): five minutes either way go unnoticed. */
    private static final long UNNOTICED_MOVE_SECONDS = 300;

    private ReplanBench() {
    }

    static int run(BenchArgs args, BenchOutput out) throws IOException {
        long seed = Long.parseLong(args.options().getOrDefault("seed", "1"));
        int absentDays = Integer.parseInt(args.options().getOrDefault("absent-days", "1"));
        Set<Integer> absentOn = IntStream.range(FIRST_ABSENT_DAY, FIRST_ABSENT_DAY + absentDays).boxed()
                .collect(Collectors.toSet());
        TeamWeek week = TeamWeekGenerator.generate(args.target(), seed);
        out.line("%s", TeamWeekStats.describe(week));
        Map<String, String> acceptOptions = new HashMap<>(args.options());
        acceptOptions.put("seconds", args.options().getOrDefault("accept-seconds", "30"));
        if (args.options().containsKey("accept-evaluations")) {
            acceptOptions.put("evaluations", args.options().get("accept-evaluations"));
        }
        if (args.options().containsKey("accept-temperature")) {
            acceptOptions.put("temperature", args.options().get("accept-temperature"));
        }
        BenchArgs acceptArgs = new BenchArgs(args.kind(), args.target(), acceptOptions);
        out.line("solving the week to accept (%s s)", acceptOptions.get("seconds"));
        VisitRoster accepted = SolveRun.solve(BenchSolverConfig.create(acceptArgs, true, TEMPERATURE),
                TeamWeekMapper.toRoster(week), msg -> out.line("  %s", msg)).best();

        String absent = accepted.getShifts().stream()
                .max((a, b) -> Integer.compare(visitsOf(accepted, a.getNurse().getId(), absentOn),
                        visitsOf(accepted, b.getNurse().getId(), absentOn)))
                .orElseThrow().getNurse().getId();
        boolean lockUnaffectedDays = !"false".equals(args.options().get("lock-unaffected-days"));
        VisitRoster problem = replanProblem(week, accepted, absent, absentOn, lockUnaffectedDays);
        args.applyWeight("changed-nurse-weight", problem, RosterConstraint.CHANGED_NURSE);
        args.applyWeight("moved-start-weight", problem, RosterConstraint.MOVED_START);
        int unplannable = CapacityBound.unplannable(problem, PlanningVisit::wasPlannedBefore);
        out.line("capacity bound: at least %d of the visits the accepted week planned cannot be planned by any"
                + " re-plan (%s)", unplannable, unplannable > 0 ? "so at least that many are newly unassigned"
                : "proves nothing");
        Map<String, Long> frozenStarts = new HashMap<>();
        problem.getShifts().forEach(s -> s.getVisits().stream().filter(PlanningVisit::isPinned)
                .forEach(v -> frozenStarts.put(v.getId(), v.getPinnedStart())));
        RosterConstraintWeights w = problem.getConstraintWeights();
        out.line("nurse %s absent on days %s; %d visits frozen before day %d; other days locked: %s;"
                        + " weights: changed nurse %s, moved start %s", absent, absentOn, frozenStarts.size(),
                FIRST_ABSENT_DAY, lockUnaffectedDays, w.weightOf(RosterConstraint.CHANGED_NURSE),
                w.weightOf(RosterConstraint.MOVED_START));

        SolveRun replan = SolveRun.solve(BenchSolverConfig.create(args, true, TEMPERATURE), problem,
                msg -> out.line("  %s", msg));
        VisitRoster best = replan.best();
        Map<String, NurseShift> acceptedShift = shiftByVisit(accepted);
        Map<String, NurseShift> replannedShift = shiftByVisit(best);
        Map<String, PlanningVisit> before = byId(accepted);
        Map<String, PlanningVisit> after = byId(best);
        long unaffected = 0;
        long changed = 0;
        long moved15 = 0;
        long newlyUnassigned = 0;
        for (Map.Entry<String, NurseShift> e : acceptedShift.entrySet()) {
            NurseShift was = e.getValue();
            NurseShift now = replannedShift.get(e.getKey());
            if (now == null) {
                newlyUnassigned++;
            }
            if (was.getNurse().getId().equals(absent) || frozenStarts.containsKey(e.getKey())) {
                continue;
            }
            unaffected++;
            if (now == null || after.get(e.getKey()).isNurseChanged()) { // double-handed parts traded: unchanged
                changed++;
            }
            if (now != null && Math.abs(after.get(e.getKey()).getStartTime() - before.get(e.getKey()).getStartTime())
                    >= NOTICEABLE_MOVE_SECONDS) {
                moved15++;
            }
        }
        boolean pinsHeld = frozenStarts.entrySet().stream()
                .allMatch(e -> e.getValue().equals(after.get(e.getKey()).getStartTime())
                        && replannedShift.get(e.getKey()) != null
                        && acceptedShift.get(e.getKey()).getNurse().getId()
                                .equals(replannedShift.get(e.getKey()).getNurse().getId()));
        HardMediumSoftLongScore score = best.getScore();
        long feasibleMs = replan.firstFeasibleMillis();
        double changedPct = unaffected == 0 ? 0 : 100.0 * changed / unaffected;
        double movedPct = unaffected == 0 ? 0 : 100.0 * moved15 / unaffected;
        long absentLeft = replannedShift.values().stream()
                .filter(s -> s.getNurse().getId().equals(absent) && absentOn.contains(s.getDay())).count();
        out.line("re-plan: %s; first feasible %s; of %d visits of the other nurses after the freeze, %d changed nurse"
                        + " (%.1f%%), %d moved start by >= 15 min (%.1f%%); newly unassigned %d (unassigned %d, %d before);"
                        + " visits left with the absent nurse on her days: %d; pins held: %s",
                score, feasibleMs < 0 ? "none" : String.format("%.1f s", feasibleMs / 1000.0), unaffected, changed,
                changedPct, moved15, movedPct, newlyUnassigned, best.getUnassigned().getVisits().size(),
                accepted.getUnassigned().getVisits().size(), absentLeft, pinsHeld);
        out.line("RESULT size=%s replan_s=%s feasible=%s unaffected_changed_pct=%.1f start_moved_15_pct=%.1f"
                        + " newly_unassigned=%d newly_unassigned_bound=%d pins_held=%s calc_per_s=%d"
                        + " calc_per_cpu_s=%d", week.size(),
                feasibleMs < 0 ? "NA" : String.format("%.1f", feasibleMs / 1000.0), score.isFeasible(), changedPct,
                movedPct, newlyUnassigned, unplannable, pinsHeld, replan.calcPerSecond(), replan.calcPerCpuSecond());
        return score.isFeasible() && pinsHeld && absentLeft == 0 ? 0 : 1;
    }


    /**
     * The same week, fresh objects: the absent nurse's shifts on her days removed, every other accepted route as the
     * start (a warm start: the construction heuristic only places her visits), the first days frozen.
     */
    private static VisitRoster replanProblem(TeamWeek week, VisitRoster accepted, String absent, Set<Integer> absentOn,
                                             boolean lockUnaffectedDays) {
        VisitRoster fresh = TeamWeekMapper.toRoster(week);
        Map<String, PlanningVisit> visits = byId(fresh);
        Map<String, NurseShift> shifts = new LinkedHashMap<>();
        fresh.getShifts().forEach(s -> shifts.put(s.getId(), s));
        for (NurseShift shift : accepted.getShifts()) {
            boolean gone = shift.getNurse().getId().equals(absent) && absentOn.contains(shift.getDay());
            for (PlanningVisit old : shift.getVisits()) {
                PlanningVisit visit = visits.get(old.getId());
                visit.setPreviousNurseId(shift.getNurse().getId());
                visit.setPreviousStart(old.getStartTime(), UNNOTICED_MOVE_SECONDS);
                if (gone) {
                    continue; // her visits on her sick days start unplaced, for the construction heuristic
                }
                if (shift.getDay() < FIRST_ABSENT_DAY) {
                    visit.pin(old.getStartTime());
                }
                shifts.get(shift.getId()).getVisits().add(visit);
            }
        }
        fresh.getShifts().removeIf(s -> s.getNurse().getId().equals(absent) && absentOn.contains(s.getDay()));
        if (lockUnaffectedDays) {
            // as the service does (PlanningMapper): only the absent days are open to change
            fresh.getShifts().stream().filter(s -> !absentOn.contains(s.getDay())).forEach(s -> s.setLocked(true));
        }
        return fresh;
    }

    /**
     * The nurse's visits on the absent days: the week's busiest nurse may be off that Wednesday, which made a re-plan
     * with nothing to change (seed 3 once reported 0 / 0 / 0 that way).
     */
    private static int visitsOf(VisitRoster roster, String nurseId, Set<Integer> days) {
        return roster.getShifts().stream()
                .filter(s -> s.getNurse().getId().equals(nurseId) && days.contains(s.getDay()))
                .mapToInt(s -> s.getVisits().size()).sum();
    }

    private static Map<String, NurseShift> shiftByVisit(VisitRoster roster) {
        Map<String, NurseShift> result = new HashMap<>();
        roster.getShifts().forEach(s -> s.getVisits().forEach(v -> result.put(v.getId(), s)));
        return result;
    }

    private static Map<String, PlanningVisit> byId(VisitRoster roster) {
        return roster.getVisits().stream().collect(Collectors.toMap(PlanningVisit::getId, Function.identity()));
    }
}
