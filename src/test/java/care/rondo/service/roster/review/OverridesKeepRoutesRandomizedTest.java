package care.rondo.service.roster.review;

import care.rondo.domain.Roster;
import care.rondo.domain.SolverStatus;
import care.rondo.planning.PlanningVisit;
import care.rondo.planning.NurseShift;
import care.rondo.planning.RosterTimes;
import care.rondo.planning.VisitRoster;
import care.rondo.service.roster.problem.PlanningMapper;
import care.rondo.service.roster.problem.RosterLoader;
import care.rondo.service.roster.problem.RosterProblem;
import care.rondo.service.roster.problem.WeekClock;
import care.rondo.service.roster.solving.SolutionStore;
import care.rondo.solver.RosterSolverConfig;
import care.rondo.testing.Api;
import care.rondo.testing.CaseloadFixtures;
import care.rondo.testing.Fixtures;
import care.rondo.testing.Slow;
import care.rondo.testing.SmallTeam;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, "overrides that break routes while saying they are safe". A small team's week is solved (step-limited,
 * through the same store the service writes with), then random sequences of every override kind are previewed
 * and applied through the API, and the stored roster is read back through {@code R/board}. After every step and
 * after a re-solve:
 * <ul>
 *   <li>every nurse-day is a route: positions 0, 1, 2, ... in time order, and every stored start and end is what
 *   the planning model's own timing ({@link RosterTimes}) computes for the stored routes;</li>
 *   <li>two visits of one nurse that overlap in time are flagged (one of them names a broken hard rule);</li>
 *   <li>the answer agrees with the hard score: if it got worse, {@code breaksHardRules} is true and the broken
 *   rules are named, in the preview and in the outcome, and the preview predicted the change exactly.</li>
 * </ul>
 */
@Slow
@QuarkusTest
class OverridesKeepRoutesRandomizedTest {

    private static final int OVERRIDES_PER_SEED = 14;

    @Inject
    Fixtures fixtures;

    @Inject
    CaseloadFixtures caseload;

    @Inject
    RosterLoader loader;

    @Inject
    SolutionStore store;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void overridesLeaveRoutesAndNameWhatTheyBreak(int seed) {
        Random random = new Random(seed);
        SmallTeam team = SmallTeam.create(fixtures, caseload);
        long roster = team.createRoster();
        solve(roster, seed);
        assertRoutes(team, roster, "after the solve");
        for (int step = 0; step < OVERRIDES_PER_SEED; step++) {
            JsonPath before = board(team, roster);
            Map<String, Object> override = randomOverride(random, team, before);
            String what = "seed " + seed + ", step " + step + ": " + override;
            Response preview = Api.as(team.token()).body(override)
                    .post(team.roster(roster) + "/overrides/preview");
            if (preview.statusCode() != 200) {
                assertThat(preview.statusCode()).as(what + " " + preview.asString()).isIn(400, 409);
                continue;
            }
            Map<String, Object> applied = new HashMap<>(override);
            applied.put("rosterVersion", before.getLong("version"));
            Response outcome = Api.as(team.token()).body(applied)
                    .post(team.roster(roster) + "/overrides");
            assertThat(outcome.statusCode()).as(what + " " + outcome.asString()).isEqualTo(200);
            JsonPath after = board(team, roster);

            long hardBefore = hard(before.getString("score"));
            long hardAfter = hard(after.getString("score"));
            assertThat(preview.jsonPath().getLong("delta.hardScore")).as(what + ": the preview predicts the outcome")
                    .isEqualTo(hardAfter - hardBefore);
            if (hardAfter < hardBefore) {
                assertThat(preview.jsonPath().getBoolean("breaksHardRules")).as(what + ": preview").isTrue();
                assertThat(preview.jsonPath().getList("hardImpacts")).as(what + ": preview").isNotEmpty();
                assertThat(outcome.jsonPath().getBoolean("breaksHardRules")).as(what + ": outcome").isTrue();
                assertThat(outcome.jsonPath().getList("hardImpacts")).as(what + ": outcome").isNotEmpty();
            }
            assertRoutes(team, roster, what);
        }
        solve(roster, seed + 100);
        assertRoutes(team, roster, "seed " + seed + ", after the re-solve");
    }

    /** The service's solver configuration, ended on a step count, written as a finished solve is written. */
    private void solve(long rosterId, long seed) {
        VisitRoster problem = QuarkusTransaction.requiringNew().call(() -> PlanningMapper.toPlanning(loader.load(rosterId)));
        VisitRoster best = SolverFactory.<VisitRoster>create(RosterSolverConfig.create(
                        new TerminationConfig().withStepCountLimit(400), EnvironmentMode.REPRODUCIBLE, true)
                .withRandomSeed(seed)).buildSolver().solve(problem);
        // written as a finished run is: the roster solving under a lease (here without a job, so that no solver
        // thread of the service takes it), then the run's final proposal
        Instant requested = Instant.now().truncatedTo(ChronoUnit.MICROS);
        long lease = QuarkusTransaction.requiringNew().call(() -> {
            Roster roster = Roster.findById(rosterId);
            Roster.update("solverStatus = ?1, solveRequestedAt = ?2, solveHeartbeatAt = ?2, "
                    + "solveLease = ?3 where id = ?4", SolverStatus.SOLVING, requested,
                    roster.solveLease + 1, rosterId);
            return roster.solveLease + 1;
        });
        assertThat(store.writeFinal(rosterId, requested, lease, best, null)).isTrue();
    }

    private static JsonPath board(SmallTeam team, long rosterId) {
        return Api.as(team.token()).get(team.roster(rosterId) + "/board").then().statusCode(200)
                .extract().jsonPath();
    }

    private static long hard(String score) {
        return HardMediumSoftLongScore.parseScore(score).hardScore();
    }

    private Map<String, Object> randomOverride(Random random, SmallTeam team, JsonPath board) {
        List<Map<String, Object>> visits = board.<Map<String, Object>>getList("visits").stream()
                .filter(v -> !Boolean.TRUE.equals(v.get("cancelled"))).toList();
        Map<String, Object> visit = visits.get(random.nextInt(visits.size()));
        long nurse = random.nextBoolean() ? team.anna() : team.bram();
        Map<String, Object> body = new HashMap<>();
        body.put("reason", "randomized test");
        switch (random.nextInt(7)) {
            case 0, 1 -> {
                body.put("kind", "MOVE");
                body.put("visitId", visit.get("visitId"));
                body.put("nurseId", nurse);
                if (random.nextBoolean()) {
                    OffsetDateTime earliest = OffsetDateTime.parse((String) visit.get("earliestStart"));
                    body.put("start", earliest.plusMinutes(5L * (random.nextInt(30) - 6)).toString());
                }
            }
            case 2 -> {
                body.put("kind", "UNASSIGN");
                body.put("visitId", visit.get("visitId"));
            }
            case 3 -> {
                List<Map<String, Object>> sameDay = visits.stream()
                        .filter(v -> v.get("date").equals(visit.get("date")) && v != visit).toList();
                List<Map<String, Object>> others = random.nextInt(4) > 0 && !sameDay.isEmpty() ? sameDay : visits;
                body.put("kind", "SWAP");
                body.put("visitId", visit.get("visitId"));
                body.put("otherVisitId", others.get(random.nextInt(others.size())).get("visitId"));
            }
            case 4 -> {
                List<Map<String, Object>> pinned = visits.stream().filter(v -> Boolean.TRUE.equals(v.get("pinned")))
                        .toList();
                body.put("kind", "UNPIN");
                body.put("visitId", (pinned.isEmpty() ? visit : pinned.get(random.nextInt(pinned.size()))).get("visitId"));
            }
            default -> {
                body.put("kind", random.nextBoolean() ? "LOCK_DAY" : "UNLOCK_DAY");
                body.put("nurseId", nurse);
                List<String> days = board.getList("days");
                body.put("day", days.get(random.nextInt(days.size())));
            }
        }
        return body;
    }

    /** Routes as stored and drawn: positions in time order, the model's times, overlaps flagged. */
    private void assertRoutes(SmallTeam team, long rosterId, String what) {
        JsonPath board = board(team, rosterId);
        List<Map<String, Object>> assigned = board.<Map<String, Object>>getList("visits").stream()
                .filter(v -> v.get("nurseId") != null && !Boolean.TRUE.equals(v.get("cancelled"))).toList();
        Map<String, List<Map<String, Object>>> byNurseDay = assigned.stream()
                .collect(Collectors.groupingBy(v -> v.get("nurseId") + "@" + v.get("date")));
        for (Map.Entry<String, List<Map<String, Object>>> nurseDay : byNurseDay.entrySet()) {
            List<Map<String, Object>> route = new ArrayList<>(nurseDay.getValue());
            route.sort(Comparator.comparing(v -> OffsetDateTime.parse((String) v.get("plannedStart"))));
            for (int i = 0; i < route.size(); i++) {
                Map<String, Object> v = route.get(i);
                int index = ((Number) v.get("routeIndex")).intValue();
                int previous = i == 0 ? -1 : ((Number) route.get(i - 1).get("routeIndex")).intValue();
                assertThat(index).as(what + ": positions of nurse-day " + nurseDay.getKey() + " in time order: "
                        + route).isIn(previous + 1, 0);
                if (i > 0) {
                    assertThat(index == 0 ? 1 : 0).as(what + ": a second shift the same day").isLessThanOrEqualTo(
                            shiftsOn(board, nurseDay.getKey()) - 1);
                }
                for (int j = i + 1; j < route.size(); j++) {
                    Map<String, Object> w = route.get(j);
                    boolean overlap = OffsetDateTime.parse((String) w.get("plannedStart"))
                            .isBefore(OffsetDateTime.parse((String) v.get("plannedEnd")));
                    if (overlap) {
                        assertThat(hardRules(v).isEmpty() && hardRules(w).isEmpty())
                                .as(what + ": overlap nobody was told about: " + v + " and " + w).isFalse();
                    }
                }
            }
        }
        Map<Long, Long[]> modelTimes = modelTimes(rosterId);
        for (Map<String, Object> v : assigned) {
            long id = ((Number) v.get("visitId")).longValue();
            Long[] times = modelTimes.get(id);
            assertThat(times).as(what + ": visit " + id + " is in a route of the model").isNotNull();
            assertThat(OffsetDateTime.parse((String) v.get("plannedStart")).toInstant().getEpochSecond())
                    .as(what + ": start of visit " + id + " as the model times it").isEqualTo(times[0]);
            assertThat(OffsetDateTime.parse((String) v.get("plannedEnd")).toInstant().getEpochSecond())
                    .as(what + ": end of visit " + id + " as the model times it").isEqualTo(times[1]);
        }
    }

    @SuppressWarnings("unchecked")
    private static int shiftsOn(JsonPath board, String nurseDay) {
        String[] parts = nurseDay.split("@");
        return (int) board.<Map<String, Object>>getList("nurses").stream()
                .filter(n -> String.valueOf(n.get("nurseId")).equals(parts[0]))
                .flatMap(n -> ((List<Map<String, Object>>) n.get("shifts")).stream())
                .filter(s -> parts[1].equals(s.get("date"))).count();
    }

    @SuppressWarnings("unchecked")
    private static List<String> hardRules(Map<String, Object> visit) {
        return (List<String>) visit.get("brokenHardRules");
    }

    /** Visit id → epoch seconds of start and end, as the planning model times the stored routes. */
    private Map<Long, Long[]> modelTimes(long rosterId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            RosterProblem problem = loader.load(rosterId);
            VisitRoster solution = PlanningMapper.toPlanning(problem, true);
            RosterTimes.refresh(solution);
            WeekClock clock = WeekClock.of(problem.roster().weekStart, ZoneId.of(problem.roster().timeZone));
            Map<Long, Long[]> times = new HashMap<>();
            for (NurseShift shift : solution.getShifts()) {
                for (PlanningVisit visit : shift.getVisits()) {
                    times.put(Long.valueOf(visit.getId()), new Long[] {
                            clock.toInstant(visit.getStartTime()).getEpochSecond(),
                            clock.toInstant(visit.getEndTime()).getEpochSecond()});
                }
            }
            return times;
        });
    }
}
