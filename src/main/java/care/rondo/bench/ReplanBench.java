package care.rondo.bench;

import care.rondo.planning.NurseShift;
import care.rondo.planning.RosterConstraintWeights;
import care.rondo.planning.Visit;
import care.rondo.planning.VisitRoster;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code bench replan S|M|L --seconds N [--seed X] [--accept-seconds A]}: the re-plan the service runs when a
 * nurse calls in sick. A generated week is solved for A seconds and taken as accepted; then the nurse with the
 * most visits is absent Wednesday to Friday, Monday and Tuesday are frozen (pinned at their accepted starts),
 * every visit remembers its accepted nurse ("Changed nurse" priced as in the service), and the week is
 * re-solved for N seconds from the accepted routes.
 */
final class ReplanBench {

    private static final Set<Integer> ABSENT_DAYS = Set.of(2, 3, 4);
    private static final int FROZEN_BEFORE_DAY = 2;
    /** As the service prices a change in a re-plan (RosterLoader.REPLAN_CHANGE_WEIGHT). */
    private static final long CHANGE_WEIGHT = 1800;
    private static final long SA_TEMPERATURE_SECONDS = 1000;

    private ReplanBench() {
    }

    static int run(BenchArgs args, BenchOutput out) throws IOException {
        long seed = Long.parseLong(args.options().getOrDefault("seed", "1"));
        TeamWeek week = TeamWeekGenerator.generate(args.target(), seed);
        out.line("%s", TeamWeekStats.describe(week));
        Map<String, String> acceptOptions = new HashMap<>(args.options());
        acceptOptions.put("seconds", args.options().getOrDefault("accept-seconds", "30"));
        BenchArgs acceptArgs = new BenchArgs(args.kind(), args.target(), acceptOptions);
        out.line("solving the week to accept (%s s)", acceptOptions.get("seconds"));
        VisitRoster accepted = SolveRun.solve(BenchSolverConfig.create(acceptArgs, true, SA_TEMPERATURE_SECONDS),
                TeamWeekMapper.toRoster(week), msg -> out.line("  %s", msg)).best();

        String absent = accepted.getShifts().stream()
                .max((a, b) -> Integer.compare(visitsOf(accepted, a.getNurse().getId()), visitsOf(accepted, b.getNurse().getId())))
                .orElseThrow().getNurse().getId();
        VisitRoster problem = replanProblem(week, accepted, absent);
        Map<String, Long> frozenStarts = new HashMap<>();
        problem.getShifts().forEach(s -> s.getVisits().stream().filter(Visit::isPinned)
                .forEach(v -> frozenStarts.put(v.getId(), v.getPinnedStart())));
        out.line("nurse %s absent on days %s; %d visits frozen before Wednesday", absent, ABSENT_DAYS, frozenStarts.size());

        SolveRun replan = SolveRun.solve(BenchSolverConfig.create(args, true, SA_TEMPERATURE_SECONDS), problem,
                msg -> out.line("  %s", msg));
        VisitRoster best = replan.best();
        Map<String, String> acceptedNurse = nurseByVisit(accepted);
        Map<String, String> replannedNurse = nurseByVisit(best);
        long unaffected = acceptedNurse.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().equals(absent)).count();
        long changed = acceptedNurse.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().equals(absent))
                .filter(e -> !e.getValue().equals(replannedNurse.get(e.getKey()))).count();
        Map<String, Visit> visits = best.getVisits().stream().collect(Collectors.toMap(Visit::getId, Function.identity()));
        boolean pinsHeld = frozenStarts.entrySet().stream().allMatch(e -> e.getValue().equals(visits.get(e.getKey()).getStartTime())
                && acceptedNurse.get(e.getKey()).equals(replannedNurse.get(e.getKey())));
        HardMediumSoftLongScore score = best.getScore();
        long feasibleMs = replan.firstFeasibleMillis();
        double changedPct = unaffected == 0 ? 0 : 100.0 * changed / unaffected;
        long absentLeft = problem.getVisits().stream().filter(v -> absent.equals(replannedNurse.get(v.getId()))
                && ABSENT_DAYS.contains(dayOf(best, v.getId()))).count();
        out.line("re-plan: %s; first feasible %s; %d of %d visits of unaffected nurses changed nurse (%.1f%%);"
                        + " unassigned %d; visits left with the absent nurse on her days: %d; pins held: %s", score,
                feasibleMs < 0 ? "none" : String.format("%.1f s", feasibleMs / 1000.0), changed, unaffected, changedPct,
                best.getUnassigned().getVisits().size(), absentLeft, pinsHeld);
        out.line("RESULT size=%s replan_s=%s feasible=%s unaffected_changed_pct=%.1f pins_held=%s calc_per_s=%d",
                week.size(),
                feasibleMs < 0 ? "NA" : String.format("%.1f", feasibleMs / 1000.0), score.isFeasible(), changedPct,
                pinsHeld, replan.calcPerSecond());
        return score.isFeasible() && pinsHeld && absentLeft == 0 ? 0 : 1;
    }

    /** The same week, fresh objects: absent days removed, accepted routes as the start, the first days frozen. */
    private static VisitRoster replanProblem(TeamWeek week, VisitRoster accepted, String absent) {
        VisitRoster fresh = TeamWeekMapper.toRoster(week);
        Map<String, Visit> visits = fresh.getVisits().stream().collect(Collectors.toMap(Visit::getId, Function.identity()));
        Map<String, NurseShift> shifts = new LinkedHashMap<>();
        fresh.getShifts().forEach(s -> shifts.put(s.getId(), s));
        for (NurseShift shift : accepted.getShifts()) {
            boolean gone = shift.getNurse().getId().equals(absent) && ABSENT_DAYS.contains(shift.getDay());
            for (Visit old : shift.getVisits()) {
                Visit visit = visits.get(old.getId());
                visit.setPreviousNurseId(shift.getNurse().getId());
                if (gone) {
                    continue; // her visits on her sick days start unplaced, for the construction heuristic
                }
                if (shift.getDay() < FROZEN_BEFORE_DAY) {
                    visit.pin(old.getStartTime());
                }
                shifts.get(shift.getId()).getVisits().add(visit);
            }
        }
        fresh.getShifts().removeIf(s -> s.getNurse().getId().equals(absent) && ABSENT_DAYS.contains(s.getDay()));
        fresh.getConstraintWeights().withWeight(RosterConstraintWeights.CHANGED_NURSE,
                HardMediumSoftLongScore.ofSoft(CHANGE_WEIGHT));
        return fresh;
    }

    private static int visitsOf(VisitRoster roster, String nurseId) {
        return roster.getShifts().stream().filter(s -> s.getNurse().getId().equals(nurseId))
                .mapToInt(s -> s.getVisits().size()).sum();
    }

    private static Map<String, String> nurseByVisit(VisitRoster roster) {
        Map<String, String> result = new HashMap<>();
        roster.getVisits().forEach(v -> result.put(v.getId(), null));
        roster.getShifts().forEach(s -> s.getVisits().forEach(v -> result.put(v.getId(), s.getNurse().getId())));
        return result;
    }

    private static int dayOf(VisitRoster roster, String visitId) {
        return roster.getShifts().stream().filter(s -> s.getVisits().stream().anyMatch(v -> v.getId().equals(visitId)))
                .mapToInt(NurseShift::getDay).findFirst().orElse(-1);
    }
}
