package care.rondo.service.roster.solving;

import care.rondo.domain.Roster;
import care.rondo.domain.SolverStatus;
import care.rondo.domain.Visit;
import care.rondo.testing.CaseloadFixtures;
import care.rondo.testing.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A roster left solving without a job (nothing would ever end it) is released intact by a running instance's sweep
 * (at start, then every {@code rondo.solver.stale-sweep}); never one whose heartbeat is fresh, and never one with a
 * job, whatever its heartbeat: the job engine hands that one to another instance instead.
 */
@QuarkusTest
class SolveRecoveryTest {

    @Inject
    Fixtures fixtures;

    @Inject
    CaseloadFixtures caseload;

    @Inject
    SolutionStore store;

    @Test
    void shouldReleaseRosterLeftSolvingByCrashedInstanceKeepingItsLastBest() {
        long teamId = fixtures.newTeamWithMember().teamId();
        long nurseId = caseload.nurse(teamId, "Anna", 4, List.of(), java.time.LocalTime.of(7, 0), java.time.LocalTime.of(13, 0));
        long clientId = caseload.client(teamId, "Client", 52.09, 5.10, List.of());
        Instant start = Instant.parse("2026-12-01T08:00:00Z");
        long[] ids = QuarkusTransaction.requiringNew().call(() -> {
            Roster roster = new Roster();
            roster.teamId = teamId;
            roster.weekStart = LocalDate.of(2026, 11, 30);
            roster.isoWeek = "2026-W49";
            roster.timeZone = "Europe/Amsterdam";
            roster.solverStatus = SolverStatus.SOLVING;
            roster.solveHeartbeatAt = Instant.now().minus(Duration.ofMinutes(5));
            roster.bestScore = "0hard/0medium/-300soft";
            roster.persist();
            Visit visit = new Visit();
            visit.rosterId = roster.id;
            visit.teamId = teamId;
            visit.clientId = clientId;
            visit.visitDate = LocalDate.of(2026, 12, 1);
            visit.earliestStart = start;
            visit.latestStart = start.plusSeconds(3600);
            visit.durationMinutes = 30;
            visit.minLevel = 3;
            visit.nurseId = nurseId;
            visit.plannedStart = start;
            visit.persist();
            return new long[] {roster.id, visit.id};
        });
        // a roster of a live instance (fresh heartbeat) must not be touched
        long[] live = QuarkusTransaction.requiringNew().call(() -> {
            Roster roster = new Roster();
            roster.teamId = teamId;
            roster.weekStart = LocalDate.of(2026, 12, 7);
            roster.isoWeek = "2026-W50";
            roster.timeZone = "Europe/Amsterdam";
            roster.solverStatus = SolverStatus.SOLVING;
            roster.solveHeartbeatAt = Instant.now();
            roster.persist();
            return new long[] {roster.id};
        });

        await().atMost(Duration.ofSeconds(20)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> Roster.<Roster>findById(ids[0]).solverStatus == SolverStatus.NOT_SOLVING));
        // a roster with a job is left to the job engine, whatever its heartbeat says
        long queued = QuarkusTransaction.requiringNew().call(() -> {
            Roster roster = new Roster();
            roster.teamId = teamId;
            roster.weekStart = LocalDate.of(2026, 12, 14);
            roster.isoWeek = "2026-W51";
            roster.timeZone = "Europe/Amsterdam";
            roster.solverStatus = SolverStatus.SOLVING;
            roster.solveHeartbeatAt = Instant.now().minus(Duration.ofMinutes(10));
            roster.persist();
            // due tomorrow, so that no instance picks it during the test
            Roster.getEntityManager().createNativeQuery("insert into scheduled_tasks (task_name, task_instance, "
                    + "execution_time, picked, version) values (?1, ?2, now() + interval '1 day', false, 1)")
                    .setParameter(1, SolveQueue.TASK).setParameter(2, Long.toString(roster.id)).executeUpdate();
            return roster.id;
        });
        store.releaseStale(Duration.ofSeconds(5));
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(Roster.<Roster>findById(queued).solverStatus).isEqualTo(SolverStatus.SOLVING);
            Roster.getEntityManager().createNativeQuery("delete from scheduled_tasks where task_instance = ?1")
                    .setParameter(1, Long.toString(queued)).executeUpdate();
            Roster.delete("id", queued);
        });

        QuarkusTransaction.requiringNew().run(() -> {
            Roster released = Roster.findById(ids[0]);
            assertThat(released.solverStatus).isEqualTo(SolverStatus.NOT_SOLVING);
            assertThat(released.solveError).startsWith("interrupted");
            assertThat(released.bestScore).isEqualTo("0hard/0medium/-300soft");
            Visit visit = Visit.findById(ids[1]);
            assertThat(visit.nurseId).isEqualTo(nurseId);
            assertThat(visit.plannedStart).isEqualTo(start);
            assertThat(Roster.<Roster>findById(live[0]).solverStatus).isEqualTo(SolverStatus.SOLVING);
            Roster.update("solverStatus = ?1 where id = ?2", SolverStatus.NOT_SOLVING, live[0]);
        });
    }
}
