package care.rondo.service.roster.solving;

import care.rondo.testing.Api;
import care.rondo.testing.CaseloadFixtures;
import care.rondo.testing.Fixtures;
import care.rondo.testing.Slow;
import care.rondo.testing.SmallTeam;
import care.rondo.testing.TestWeek;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 11, "a solve that never ends": many short solves with tight limits, stopped and overridden while their
 * final proposal is being written. Before the fix a stop (from the limit ticker or a request) could wait forever on
 * a solver job stuck in OptaPlanner's consumer hand-over; from then on no limit was enforced on the instance. Each
 * wait here is bounded: every solve must have ended a few seconds after its deadline, and a solve started after the
 * storm must still be stopped by its time limit (the limit enforcement is alive).
 */
@Slow
@QuarkusTest
class SolveLifecycleRaceTest {

    private static final int TEAMS = 3;
    private static final int WEEKS_PER_TEAM = 8;

    @Inject
    Fixtures fixtures;

    @Inject
    CaseloadFixtures caseload;

    private record Solve(SmallTeam team, long rosterId, int action) {
    }

    @Test
    void shouldEndEverySolveNearItsDeadlineWhileStopsAndOverridesRaceTheFinalWrite() throws Exception {
        List<Solve> solves = new ArrayList<>();
        Random random = new Random(11);
        for (int t = 0; t < TEAMS; t++) {
            SmallTeam team = SmallTeam.create(fixtures, caseload);
            for (int w = 0; w < WEEKS_PER_TEAM; w++) {
                long rosterId = team.createRoster(w == 0 ? team.week().iso() : TestWeek.fresh().iso());
                solves.add(new Solve(team, rosterId, random.nextInt(3)));
            }
        }
        ExecutorService clients = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> racing = new ArrayList<>();
            for (Solve solve : solves) {
                long seed = random.nextLong();
                racing.add(clients.submit(() -> race(solve, new Random(seed))));
            }
            for (Future<?> future : racing) {
                future.get(120, TimeUnit.SECONDS);
            }
        } finally {
            clients.shutdownNow();
        }

        // 24 solves of at most 1 s on 2 solver slots: ~12 s of solving, the rest is headroom for a loaded machine
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            for (Solve solve : solves) {
                assertThat(status(solve).getString("solverStatus")).as("roster %d", solve.rosterId())
                        .isEqualTo("NOT_SOLVING");
            }
        });
        for (Solve solve : solves) {
            JsonPath roster = Api.as(solve.team().token()).get(solve.team().roster(solve.rosterId()))
                    .then().statusCode(200).extract().jsonPath();
            if (solve.action() != 1) {
                // not stopped: each ends with its proposal written
                assertThat(roster.getString("bestScore")).as("roster %d", solve.rosterId()).isNotNull();
                // overridden ones are REVIEWED (an override marks the proposal as reviewed)
                assertThat(roster.getString("status")).isIn("PROPOSED", "REVIEWED");
            }
        }

        // the limits are still enforced after the storm: a 2 s solve with a long unimproved limit ends on time
        Solve last = solves.get(0);
        long fresh = last.team().createRoster(TestWeek.fresh().iso());
        Api.as(last.team().token())
                .body(Map.of("seconds", 2, "unimprovedSeconds", 600))
                .post(last.team().roster(fresh) + "/solving").then().statusCode(202);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).until(() ->
                "NOT_SOLVING".equals(Api.as(last.team().token())
                        .get(last.team().roster(fresh) + "/solving").then().extract().path("solverStatus")));
    }

    /** Starts a 1 s solve, then (by action) lets it run, stops it at a random moment, or overrides visits meanwhile. */
    private void race(Solve solve, Random random) {
        SmallTeam team = solve.team();
        String solving = team.roster(solve.rosterId()) + "/solving";
        Api.as(team.token())
                .body(Map.of("seconds", 1, "unimprovedSeconds", 1)).post(solving).then().statusCode(202);
        sleep(random.nextInt(1500));
        if (solve.action() == 1) {
            Api.as(team.token()).delete(solving).then().statusCode(200);
        } else if (solve.action() == 2) {
            List<Map<String, Object>> visits = team.visits(solve.rosterId());
            for (int i = 0; i < 6; i++) {
                Map<String, Object> visit = visits.get(random.nextInt(visits.size()));
                Map<String, Object> body = new HashMap<>();
                body.put("kind", "MOVE");
                body.put("visitId", SmallTeam.id(visit, "id"));
                body.put("nurseId", random.nextBoolean() ? team.anna() : team.bram());
                body.put("rosterVersion", team.version(solve.rosterId()));
                // a concurrent write may make the version stale (409); anything else is a failure
                int code = Api.as(team.token()).body(body)
                        .post(team.roster(solve.rosterId()) + "/overrides").then().extract().statusCode();
                assertThat(code).as("override during solving").isIn(200, 409);
                sleep(random.nextInt(300));
            }
        }
    }

    private JsonPath status(Solve solve) {
        return Api.as(solve.team().token()).get(solve.team().roster(solve.rosterId()) + "/solving")
                .then().statusCode(200).extract().jsonPath();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
