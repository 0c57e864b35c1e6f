package care.rondo.service.roster.solving;

import care.rondo.domain.Roster;
import care.rondo.domain.RosterStatus;
import care.rondo.domain.SolverStatus;
import care.rondo.testing.Api;
import care.rondo.testing.CaseloadFixtures;
import care.rondo.testing.Fixtures;
import care.rondo.testing.Slow;
import care.rondo.testing.SmallTeam;
import care.rondo.testing.TestClock;
import care.rondo.testing.TestWeek;
import io.micrometer.prometheus.PrometheusMeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Solves as jobs shared by several instances (issue 13), with the other instances played by rows in the database:
 * a job picked by an instance that died, a solve run by a live instance elsewhere, jobs waiting in the queue.
 */
@Slow
@QuarkusTest
class SolveJobsTest {

    private static final String ELSEWHERE = "instance-elsewhere";

    @Inject
    Fixtures fixtures;

    @Inject
    CaseloadFixtures caseload;

    @Inject
    SolutionStore store;

    @Inject
    SolveQueue queue;

    @Inject
    TestClock clock;

    @Inject
    PrometheusMeterRegistry registry;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldLetOneInstanceAtATimeHoldARostersLeaseAndRefuseTheWritesOfAnOldOne() {
        SmallTeam team = SmallTeam.create(fixtures, caseload);
        long rosterId = team.createRoster();
        Instant t = Instant.parse("2027-01-04T08:00:00Z");
        Instant requested = t.minus(Duration.ofMinutes(2));
        SolveOrder order = new SolveOrder(requested, Duration.ofSeconds(30), Duration.ofSeconds(30));
        // solving elsewhere, last heartbeat a minute ago with 2 s left; its job is kept out of this instance's reach
        solvingElsewhere(rosterId, requested, 7, t.minus(Duration.ofMinutes(1)), Duration.ofSeconds(2));
        insertJob(rosterId, order, false, null, Instant.now().plus(Duration.ofDays(1)));
        Duration staleAfter = Duration.ofSeconds(20);
        clock.set(t);

        SolutionStore.Claim taken = store.claim(rosterId, order, "instance-b", staleAfter);
        assertThat(taken.outcome()).isEqualTo(SolutionStore.Claim.Outcome.CLAIMED);
        assertThat(taken.lease()).isEqualTo(8);
        assertThat(taken.remaining()).as("the time it had left, not its whole limit").isEqualTo(Duration.ofSeconds(2));
        Roster claimed = store.fresh(rosterId);
        assertThat(claimed.solveInstance).isEqualTo("instance-b");
        assertThat(claimed.solveDeadline).isEqualTo(t.plusSeconds(2));

        // instance b beats: a third instance may not take the lease, and the old run may write nothing
        clock.set(t.plusSeconds(10));
        assertThat(store.writeProgress(rosterId, requested, 8, null)).isTrue();
        SolutionStore.Claim busy = store.claim(rosterId, order, "instance-c", staleAfter);
        assertThat(busy.outcome()).isEqualTo(SolutionStore.Claim.Outcome.BUSY);
        assertThat(busy.retryAt()).isEqualTo(t.plusSeconds(30));
        assertThat(store.writeProgress(rosterId, requested, 7, null)).isFalse();
        assertThat(store.writeFinal(rosterId, requested, 7, null, null)).isFalse();

        // b stops beating: c takes over
        clock.set(t.plusSeconds(31));
        assertThat(store.claim(rosterId, order, "instance-c", staleAfter).lease()).isEqualTo(9);
        assertThat(store.writeProgress(rosterId, requested, 8, null)).isFalse();
        // an old request's job finds its roster serving another one: it is dropped
        SolveOrder older = new SolveOrder(requested.minusSeconds(1), order.spent(), order.unimproved());
        assertThat(store.claim(rosterId, older, "instance-b", staleAfter).outcome())
                .isEqualTo(SolutionStore.Claim.Outcome.GONE);
        clear(rosterId);
    }

    @Test
    void shouldTakeOverTheJobOfADeadInstanceAndEndItWithAProposal() {
        SmallTeam team = SmallTeam.create(fixtures, caseload);
        long rosterId = team.createRoster();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Instant requested = now.minus(Duration.ofMinutes(3));
        Instant lastBeat = now.minus(Duration.ofMinutes(1));
        SolveOrder order = new SolveOrder(requested, Duration.ofSeconds(30), Duration.ofSeconds(30));
        solvingElsewhere(rosterId, requested, 4, lastBeat, Duration.ofSeconds(2));
        // picked by the dead instance, whose heartbeats stopped a minute ago
        insertJob(rosterId, order, true, lastBeat, requested);

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() ->
                store.fresh(rosterId).solverStatus == SolverStatus.NOT_SOLVING);
        Roster ended = store.fresh(rosterId);
        assertThat(ended.solveError).isNull();
        assertThat(ended.solveInstance).isEqualTo(queue.instanceName());
        assertThat(ended.solveLease).isEqualTo(5);
        assertThat(ended.status).isEqualTo(RosterStatus.PROPOSED);
        assertThat(ended.bestScore).isNotNull();
        await().atMost(Duration.ofSeconds(10)).until(() -> !jobExists(rosterId));
    }

    @Test
    void shouldStopASolveRunningElsewhereSoThatItsInstanceWritesNothingMore() {
        SmallTeam team = SmallTeam.create(fixtures, caseload);
        long rosterId = team.createRoster();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        SolveOrder order = new SolveOrder(now, Duration.ofSeconds(30), Duration.ofSeconds(30));
        solvingElsewhere(rosterId, now, 3, now, Duration.ofSeconds(30));
        insertJob(rosterId, order, true, now, now);

        JsonPath stopped = Api.as(team.token()).delete(team.roster(rosterId) + "/solving").then()
                .statusCode(200).extract().jsonPath();
        assertThat(stopped.getString("solverStatus")).isEqualTo("NOT_SOLVING");
        assertThat(stopped.getString("error")).isEqualTo("stopped");
        assertThat(stopped.getString("instance")).isEqualTo(ELSEWHERE);
        // the running instance's next heartbeat is refused, and so is its final proposal
        assertThat(store.writeProgress(rosterId, now, 3, null)).isFalse();
        assertThat(store.fresh(rosterId).solverStatus).isEqualTo(SolverStatus.NOT_SOLVING);
        // its job, once its heartbeats stop, is revived here and dropped: the request is no longer the roster's
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> !jobExists(rosterId));
        assertThat(store.fresh(rosterId).solverStatus).isEqualTo(SolverStatus.NOT_SOLVING);
    }

    @Test
    void shouldTellAWaitingSolveItsPlaceInTheQueueAndDropItsJobWhenStopped() {
        SmallTeam team = SmallTeam.create(fixtures, caseload);
        long first = team.createRoster();
        long second = team.createRoster(TestWeek.fresh().iso());
        // due in 2100, so that no instance picks them while the test looks
        Instant due = Instant.parse("2100-01-01T00:00:00Z");
        for (long rosterId : new long[] {first, second}) {
            Instant requested = Instant.now().truncatedTo(ChronoUnit.MICROS);
            QuarkusTransaction.requiringNew().run(() -> Roster.update("solverStatus = ?1, solveRequestedAt = ?2, "
                    + "solveHeartbeatAt = ?2 where id = ?3", SolverStatus.SCHEDULED, requested, rosterId));
            insertJob(rosterId, new SolveOrder(requested, Duration.ofSeconds(5), Duration.ofSeconds(5)), false, null,
                    rosterId == first ? due : due.plusSeconds(1));
        }
        JsonPath waiting = status(team, second);
        assertThat(waiting.getString("solverStatus")).isEqualTo("SCHEDULED");
        int place = waiting.getInt("queuePosition");
        assertThat(status(team, first).getInt("queuePosition")).isEqualTo(place - 1);

        Api.as(team.token()).delete(team.roster(first) + "/solving").then().statusCode(200);
        assertThat(jobExists(first)).isFalse();
        assertThat(status(team, second).getInt("queuePosition")).isEqualTo(place - 1);
        assertThat(status(team, first).getString("queuePosition")).isNull();
        clear(second);
    }

    @Test
    void shouldSolveThroughTheQueueNamingTheInstanceAndCountTheSolveInTheMetrics() {
        SmallTeam team = SmallTeam.create(fixtures, caseload);
        long rosterId = team.createRoster();
        double finishedBefore = registry.get("rondo.solves.finished").counter().count();
        long timedBefore = registry.get("rondo.solve.duration").timer().count();

        Api.as(team.token())
                .body(Map.of("seconds", 2, "unimprovedSeconds", 2)).post(team.roster(rosterId) + "/solving").then()
                .statusCode(202);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() ->
                "NOT_SOLVING".equals(status(team, rosterId).getString("solverStatus")));
        JsonPath ended = status(team, rosterId);
        assertThat(ended.getString("instance")).isEqualTo(queue.instanceName());
        assertThat(ended.getString("bestScore")).isNotNull();
        assertThat(jobExists(rosterId)).isFalse();

        assertThat(registry.get("rondo.solves.finished").counter().count()).isGreaterThan(finishedBefore);
        assertThat(registry.get("rondo.solve.duration").timer().count()).isGreaterThan(timedBefore);
        String scrape = registry.scrape();
        assertThat(scrape).contains("rondo_solves_queued", "rondo_solves_running", "rondo_solves_finished_total",
                "rondo_solves_failed_total", "rondo_solve_duration_seconds_count", "rondo_solve_unassigned_visits");
    }

    private static JsonPath status(SmallTeam team, long rosterId) {
        return Api.as(team.token()).get(team.roster(rosterId) + "/solving").then().statusCode(200)
                .extract().jsonPath();
    }

    private static void solvingElsewhere(long rosterId, Instant requested, long lease, Instant heartbeat,
                                         Duration left) {
        QuarkusTransaction.requiringNew().run(() -> Roster.update("solverStatus = ?1, solveRequestedAt = ?2, "
                        + "solveStartedAt = ?2, solveHeartbeatAt = ?3, solveDeadline = ?4, solveLease = ?5, "
                        + "solveInstance = ?6 where id = ?7", SolverStatus.SOLVING, requested, heartbeat,
                heartbeat.plus(left), lease, ELSEWHERE, rosterId));
    }

    private static void insertJob(long rosterId, SolveOrder order, boolean picked, Instant heartbeat, Instant due) {
        QuarkusTransaction.requiringNew().run(() -> Roster.getEntityManager().createNativeQuery(
                        "insert into scheduled_tasks (task_name, task_instance, task_data, execution_time, picked, "
                                + "picked_by, last_heartbeat, version) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, 2)")
                .setParameter(1, SolveQueue.TASK).setParameter(2, Long.toString(rosterId))
                .setParameter(3, SolveOrder.SERIALIZER.serialize(order)).setParameter(4, due)
                .setParameter(5, picked).setParameter(6, picked ? ELSEWHERE : null)
                .setParameter(7, heartbeat).executeUpdate());
    }

    private static boolean jobExists(long rosterId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Roster.getEntityManager().createNativeQuery(
                        "select count(*) from scheduled_tasks where task_name = ?1 and task_instance = ?2")
                .setParameter(1, SolveQueue.TASK).setParameter(2, Long.toString(rosterId)).getSingleResult())
                .intValue() > 0);
    }

    private static void clear(long rosterId) {
        QuarkusTransaction.requiringNew().run(() -> {
            Roster.getEntityManager().createNativeQuery("delete from scheduled_tasks where task_instance = ?1")
                    .setParameter(1, Long.toString(rosterId)).executeUpdate();
            Roster.update("solverStatus = ?1 where id = ?2", SolverStatus.NOT_SOLVING, rosterId);
        });
    }
}
