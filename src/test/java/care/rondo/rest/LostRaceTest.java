package care.rondo.rest;

import care.rondo.testing.Api;
import care.rondo.testing.CaseloadFixtures;
import care.rondo.testing.Fixtures;
import care.rondo.testing.LockWaits;
import care.rondo.testing.SmallTeam;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The loser of a real race: both writers read the same roster version and pass the version check, and the
 * database refuses the second update. Its 409 must carry the current state, like the 409 of a stale version.
 * The race is made deterministic by holding the roster's row lock in a transaction of the test's own: the override
 * reads the old version, does its work, then waits on that lock; only once it waits does the test commit its
 * version bump, so the override's update finds a newer version than it read.
 */
@QuarkusTest
class LostRaceTest {

    @Inject
    Fixtures fixtures;

    @Inject
    CaseloadFixtures caseload;

    @Inject
    DataSource dataSource;

    @Test
    void theLoserOfARaceGetsTheCurrentStateToRetryFrom() throws Exception {
        SmallTeam team = SmallTeam.create(fixtures, caseload);
        long roster = team.createRoster();
        long read = team.version(roster);

        Response answer;
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement bump = other.prepareStatement(
                    "UPDATE roster SET version = version + 1 WHERE id = ?")) {
                bump.setLong(1, roster);
                assertThat(bump.executeUpdate()).isEqualTo(1);
            }
            CompletableFuture<Response> override = CompletableFuture.supplyAsync(() -> Api.as(team.token())
                    .body(Map.of("kind", "LOCK_DAY", "nurseId", team.anna(), "day", team.week().day(TUESDAY),
                            "rosterVersion", read))
                    .post(team.roster(roster) + "/overrides"));
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                    .until(() -> LockWaits.someoneWaits(dataSource) || override.isDone());
            assertThat(override).as("the override passed its version check and waits for the row").isNotDone();
            other.commit();
            answer = override.get(60, TimeUnit.SECONDS);
        }

        answer.then().statusCode(409).contentType("application/problem+json");
        assertThat(answer.jsonPath().getLong("current.id")).isEqualTo(roster);
        assertThat(answer.jsonPath().getLong("current.version")).isEqualTo(read + 1);
        assertThat(team.version(roster)).isEqualTo(read + 1); // nothing of the loser's write was kept
    }
}
