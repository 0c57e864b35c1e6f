package care.rondo.rest;

import care.rondo.testing.Api;
import care.rondo.testing.CaseloadFixtures;
import care.rondo.testing.Fixtures;
import care.rondo.testing.LockWaits;
import care.rondo.testing.SmallTeam;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An override that races the solver's proposal writer must not deadlock with it. The writer locks the roster row,
 * then updates visits; an override that updated its visits first and the roster row last deadlocked with it, and
 * PostgreSQL aborted one of them (a 500 to the team, or a lost proposal; seen in SolveLifecycleRaceTest). The test
 * plays the writer on a connection of its own: it holds the roster's row lock, waits until the override waits for a
 * lock, then updates the visit the override moves and commits. With one lock order the override waits on the roster
 * row before touching any visit, so both go through.
 */
@QuarkusTest
class OverrideLockOrderTest {

    @Inject
    Fixtures fixtures;

    @Inject
    CaseloadFixtures caseload;

    @Inject
    DataSource dataSource;

    @Test
    void anOverrideWaitsForTheRosterRowBeforeTouchingVisitsSoItNeverDeadlocksWithTheWriter() throws Exception {
        SmallTeam team = SmallTeam.create(fixtures, caseload);
        long roster = team.createRoster();
        long read = team.version(roster);
        long visit = team.visits(roster).stream().filter(v -> SmallTeam.id(v, "clientId") == team.hoistClient())
                .mapToLong(v -> SmallTeam.id(v, "id")).findFirst().orElseThrow();

        Response answer;
        try (Connection writer = dataSource.getConnection()) {
            writer.setAutoCommit(false);
            try (PreparedStatement lock = writer.prepareStatement("SELECT id FROM roster WHERE id = ? FOR UPDATE")) {
                lock.setLong(1, roster);
                lock.executeQuery().close();
            }
            CompletableFuture<Response> override = CompletableFuture.supplyAsync(() -> Api.as(team.token())
                    .body(Map.of("kind", "MOVE", "visitId", visit, "nurseId", team.bram(), "rosterVersion", read))
                    .post(team.roster(roster) + "/overrides"));
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                    .until(() -> LockWaits.someoneWaits(dataSource) || override.isDone());
            assertThat(override).as("the override waits for a lock the writer holds").isNotDone();
            try (PreparedStatement write = writer.prepareStatement(
                    "UPDATE visit SET route_index = route_index WHERE id = ?")) {
                write.setLong(1, visit);
                assertThat(write.executeUpdate()).as("the writer's visit update is not blocked").isEqualTo(1);
            }
            writer.commit();
            answer = override.get(60, TimeUnit.SECONDS);
        }

        answer.then().statusCode(200);
        assertThat(team.visits(roster)).filteredOn(v -> SmallTeam.id(v, "id") == visit)
                .singleElement().satisfies(v -> assertThat(SmallTeam.id(v, "nurseId")).isEqualTo(team.bram()));
    }
}
