package care.rondo.service.roster.solving;

import care.rondo.domain.Roster;
import care.rondo.domain.SolverStatus;
import care.rondo.planning.PlanningVisit;
import care.rondo.planning.NurseShift;
import care.rondo.planning.VisitRoster;
import care.rondo.service.roster.problem.PlanningMapper;
import care.rondo.service.roster.problem.RosterLoader;
import care.rondo.testing.Api;
import care.rondo.testing.CaseloadFixtures;
import care.rondo.testing.Fixtures;
import care.rondo.testing.SmallTeam;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guard behind "an override made while solving survives the solve", tested directly: a solver answer computed
 * before the team's override (the washing visit with Anna) is written after it. The override's pin must win for
 * that visit, while the rest of the answer is written (so the write did happen).
 */
@QuarkusTest
class StaleSolverWriteTest {

    private static final long LEASE = 7;

    @Inject
    Fixtures fixtures;

    @Inject
    CaseloadFixtures caseload;

    @Inject
    SolutionStore store;

    @Inject
    RosterLoader loader;

    @Inject
    Clock clock;

    @Inject
    SolutionManager<VisitRoster, HardMediumSoftLongScore> solutionManager;

    @Test
    void aSolverAnswerFromBeforeAnOverrideDoesNotUndoIt() {
        SmallTeam team = SmallTeam.create(fixtures, caseload);
        long roster = team.createRoster();
        List<Map<String, Object>> visits = team.visits(roster);
        long washing = firstOf(visits, team.washingClient());
        long hoist = firstOf(visits, team.hoistClient());

        // the solver's answer, computed before the team decides: both visits with Anna
        VisitRoster stale = QuarkusTransaction.requiringNew().call(() -> PlanningMapper.toPlanning(loader.load(roster)));
        withAnna(stale, team.anna(), washing);
        withAnna(stale, team.anna(), hoist);
        solutionManager.update(stale); // times the routes, as the solver's score director had
        Instant requestedAt = team.week().instant(MONDAY, "08:00");
        // a run that owns the roster, its heartbeat far ahead so the stale-solve sweep leaves it alone
        Instant beat = clock.instant().plus(Duration.ofHours(1));
        QuarkusTransaction.requiringNew().run(() -> Roster.update("solverStatus = ?1, solveRequestedAt = ?2, "
                + "solveLease = ?3, solveHeartbeatAt = ?4 where id = ?5", SolverStatus.SOLVING, requestedAt, LEASE,
                beat, roster));

        Api.as(team.token()).body(Map.of("kind", "UNASSIGN", "visitId", washing, "rosterVersion", team.version(roster)))
                .post(team.roster(roster) + "/overrides").then().statusCode(200);
        assertThat(store.writeProgress(roster, requestedAt, LEASE, stale)).as("the run still owns the roster").isTrue();

        List<Map<String, Object>> after = team.visits(roster);
        Map<String, Object> keptOverride = byId(after, washing);
        assertThat(keptOverride.get("pinned")).isEqualTo(true);
        assertThat(keptOverride.get("nurseId")).as("the team's unassign wins over the stale answer").isNull();
        assertThat(SmallTeam.id(byId(after, hoist), "nurseId")).as("the rest of the answer is written")
                .isEqualTo(team.anna());
    }

    /** Puts the planning visit into Anna's shift of its day, as a solver would have. */
    private static void withAnna(VisitRoster solution, long anna, long visitId) {
        PlanningVisit visit = solution.getVisits().stream()
                .filter(v -> v.getId().equals(String.valueOf(visitId))).findFirst().orElseThrow();
        NurseShift shift = solution.getShifts().stream()
                .filter(s -> s.getNurse().getId().equals(String.valueOf(anna)))
                .filter(s -> s.getStart() <= visit.getEarliestStart() && visit.getEarliestStart() < s.getEnd())
                .findFirst().orElseThrow();
        solution.getUnassigned().getVisits().remove(visit);
        shift.getVisits().add(visit);
    }

    private static long firstOf(List<Map<String, Object>> visits, long clientId) {
        return visits.stream().filter(v -> SmallTeam.id(v, "clientId") == clientId)
                .mapToLong(v -> SmallTeam.id(v, "id")).min().orElseThrow();
    }

    private static Map<String, Object> byId(List<Map<String, Object>> visits, long id) {
        return visits.stream().filter(v -> SmallTeam.id(v, "id") == id).findFirst().orElseThrow();
    }
}
