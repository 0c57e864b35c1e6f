package care.rondo.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

import care.rondo.planning.NurseShift;
import care.rondo.planning.PlanningClient;
import care.rondo.planning.PlanningNurse;
import care.rondo.planning.PlanningVisit;
import care.rondo.planning.RosterFixture;
import care.rondo.planning.VisitRoster;
import care.rondo.planning.WorkRules;

/** End-to-end solves on small instances; they stop on step counts, never on wall-clock time. */
class RosterSolverTest {

    private static final long MAX_SCORE_CALCULATIONS = 50_000;

    static VisitRoster solve(VisitRoster roster, int steps, EnvironmentMode mode) {
        return solve(roster, new TerminationConfig().withStepCountLimit(steps), mode);
    }

    static VisitRoster solve(VisitRoster roster, TerminationConfig termination, EnvironmentMode mode) {
        return SolverFactory.<VisitRoster> create(config(termination, mode)).buildSolver().solve(roster);
    }

    /**
     * Step limits end the phase only between steps, and a step lasts until some move is accepted: at the end of
     * annealing, in a strict local optimum of a tiny instance, that can be never. The score-calculation count is
     * checked per move and is as deterministic as the step count.
     */
    static SolverConfig config(TerminationConfig localSearchTermination, EnvironmentMode mode) {
        return RosterSolverConfig.create(localSearchTermination, mode, true)
                .withTerminationConfig(new TerminationConfig().withScoreCalculationCountLimit(MAX_SCORE_CALCULATIONS));
    }

    /** Three nurses on one day and twenty visits spread over the morning, some needing a higher level or skill. */
    static RosterFixture threeNursesTwentyVisits() {
        RosterFixture f = new RosterFixture();
        List<PlanningNurse> nurses = List.of(f.nurse("ann", 5, "wound", "insulin"), f.nurse("bob", 3), f.nurse("cem", 4, "insulin"));
        nurses.forEach(nurse -> f.shift(nurse, 0, 7, 15));
        for (int i = 0; i < 20; i++) {
            long earliest = 7 * 60 + (i % 10) * 30L;
            String[] skills = i % 7 == 0 ? new String[] { "wound" } : i % 5 == 0 ? new String[] { "insulin" }
                    : new String[0];
            f.visit("v" + i, PlanningClient.of("c" + i % 8), 1 + (i * 5) % 48, earliest, earliest + 120, 20 + i % 3 * 5,
                    2 + i % 4, skills);
        }
        return f;
    }

    /** The twenty visits plus two double-handed pairs, a sequenced pair and a pin, over two days. */
    static RosterFixture linkedVisitsWithPin() {
        RosterFixture f = threeNursesTwentyVisits();
        f.shift(f.nurse("dee", 4, "wound"), 0, 7, 15);
        f.shift(f.nurse("ann", 5, "wound", "insulin"), 1, 7, 15);
        PlanningClient hoist = PlanningClient.of("hoist");
        PlanningVisit.linkDoubleHanded(f.visit("hoist-a", hoist, 20, 8 * 60, 9 * 60, 30),
                f.visit("hoist-b", hoist, 20, 8 * 60, 9 * 60, 30));
        PlanningVisit.linkDoubleHanded(f.visit("hoist-c", hoist, 20, 10 * 60, 11 * 60, 30),
                f.visit("hoist-d", hoist, 20, 10 * 60, 11 * 60, 30));
        PlanningClient eyes = PlanningClient.of("eyes");
        PlanningVisit.linkSequence(f.visit("drops-1", eyes, 30, 8 * 60, 10 * 60, 10),
                f.visit("drops-2", eyes, 30, 8 * 60, 13 * 60, 10), 60, 90);
        f.visits.get(2).pin(null);
        RosterFixture.route(f.shifts.get(0), f.visits.get(2));
        return f;
    }

    /**
     * The timing listener updates only the routes a move touches; every new best solution must equal a timetable
     * recomputed from scratch, and its score must equal a from-scratch score. (FULL_ASSERT cannot check this: visits
     * sit in a fact collection, outside its shadow-variable checks.)
     */
    @Test
    void incrementalTimesAndScoreMatchFromScratch() {
        SolverFactory<VisitRoster> factory = SolverFactory.create(config(
                new TerminationConfig().withStepCountLimit(300), EnvironmentMode.REPRODUCIBLE));
        SolutionManager<VisitRoster, HardMediumSoftLongScore> solutionManager = SolutionManager.create(factory);
        Solver<VisitRoster> solver = factory.buildSolver();
        List<String> mismatches = new ArrayList<>();
        AtomicInteger checked = new AtomicInteger();
        solver.addEventListener(event -> {
            VisitRoster best = event.getNewBestSolution();
            List<String> incremental = timetable(best);
            HardMediumSoftLongScore incrementalScore = best.getScore();
            solutionManager.update(best);
            if (!timetable(best).equals(incremental) || !best.getScore().equals(incrementalScore)) {
                mismatches.add(incrementalScore + " vs " + best.getScore());
            }
            checked.incrementAndGet();
        });

        solver.solve(linkedVisitsWithPin().roster(new WorkRules(8 * 60, 11 * 60, 60)));

        assertThat(checked.get()).isGreaterThan(5);
        assertThat(mismatches).isEmpty();
    }

    private static List<String> timetable(VisitRoster roster) {
        List<String> times = new ArrayList<>();
        roster.getVisits().forEach(v -> times.add(v.getId() + "@" + v.getShift() + ":" + v.getArrivalTime() + "/"
                + v.getStartTime() + "/" + v.getEndTime()));
        roster.getShifts().forEach(s -> times.add(s.getId() + ":" + s.getWorkStart() + "-" + s.getWorkEnd()));
        return times;
    }

    @Test
    void solvesSmallWeekFeasiblyWithEveryCapableVisitAssigned() {
        VisitRoster solution = solve(threeNursesTwentyVisits().roster(WorkRules.none()), 400,
                EnvironmentMode.REPRODUCIBLE);

        assertThat(solution.getScore().isFeasible()).as("score %s", solution.getScore()).isTrue();
        assertThat(solution.getScore().mediumScore()).isZero();
        assertThat(solution.getUnassigned().getVisits()).isEmpty();
        assertThat(solution.getVisits()).allSatisfy(visit -> {
            assertThat(visit.isAssigned()).isTrue();
            assertThat(visit.getStartTime()).isBetween(visit.getEarliestStart(), visit.getLatestStart());
        });
    }

    @Test
    void visitNobodyCanDoEndsUnassignedWithMediumPenalty() {
        RosterFixture f = threeNursesTwentyVisits();
        PlanningVisit impossible = f.visit("palliative", PlanningClient.of("x"), 10, 9 * 60, 11 * 60, 45, 5, "palliative");

        VisitRoster solution = solve(f.roster(WorkRules.none()), 400, EnvironmentMode.REPRODUCIBLE);

        assertThat(solution.getUnassigned().getVisits()).extracting(PlanningVisit::getId).containsExactly(impossible.getId());
        assertThat(solution.getScore().hardScore()).isZero();
        assertThat(solution.getScore().mediumScore()).isEqualTo(-45);
        PlanningVisit solved = solution.getVisits().stream().filter(v -> v.getId().equals("palliative")).findFirst()
                .orElseThrow();
        assertThat(solved.getStartTime()).as("unassigned visits have no times").isNull();
    }

    @Test
    void pinnedVisitsAndLockedShiftsStayExactlyWherePinned() {
        RosterFixture f = threeNursesTwentyVisits();
        NurseShift bob = f.shifts.get(1);
        NurseShift cem = f.shifts.get(2);
        // Pinned where the solver would love to move them away: bob's level is too low for v3 (minLevel 5).
        PlanningVisit tooHighForBob = f.visits.get(3);
        tooHighForBob.pin(null);
        PlanningVisit atFixedStart = f.visits.get(4);
        atFixedStart.pin(12 * 60L);
        RosterFixture.route(bob, tooHighForBob, atFixedStart);
        cem.setLocked(true);
        RosterFixture.route(cem, f.visits.get(1), f.visits.get(8));

        VisitRoster solution = solve(f.roster(WorkRules.none()), 400, EnvironmentMode.REPRODUCIBLE);

        assertThat(shiftOf(solution, "v3").getId()).isEqualTo(bob.getId());
        assertThat(shiftOf(solution, "v4").getId()).isEqualTo(bob.getId());
        assertThat(visit(solution, "v4").getStartTime()).isEqualTo(12 * 60L);
        NurseShift lockedAfter = solution.getShifts().stream().filter(s -> s.getId().equals(cem.getId()))
                .findFirst().orElseThrow();
        assertThat(lockedAfter.getVisits()).extracting(PlanningVisit::getId).containsExactly("v1", "v8");
        assertThat(solution.getScore().hardScore()).as("only the pinned level violation remains")
                .isEqualTo(-(5 - 3));
    }

    private static PlanningVisit visit(VisitRoster roster, String id) {
        return roster.getVisits().stream().filter(v -> v.getId().equals(id)).findFirst().orElseThrow();
    }

    private static NurseShift shiftOf(VisitRoster roster, String visitId) {
        return visit(roster, visitId).getShift();
    }

    /**
     * A step limit alone would never end here: no local-search move is ever accepted, and a step only ends on an
     * accepted move. The score limit stops the phase at once (the service uses time limits).
     */
    @Test
    void visitLongerThanAnyShiftIsLeftUnassignedRatherThanInfeasible() {
        RosterFixture f = new RosterFixture();
        f.shift(f.nurse("ann", 3), 0, 7, 8);
        f.visit("long", PlanningClient.of("c"), 5, 7 * 60, 7 * 60, 120);

        VisitRoster solution = solve(f.roster(WorkRules.none()),
                new TerminationConfig().withBestScoreLimit("0hard/-120medium/0soft"), EnvironmentMode.REPRODUCIBLE);

        assertThat(solution.getScore()).isEqualTo(HardMediumSoftLongScore.ofMedium(-120));
    }
}
