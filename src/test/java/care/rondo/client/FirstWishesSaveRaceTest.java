package care.rondo.client;

import care.rondo.domain.CarePlan;
import care.rondo.testing.CaseloadFixtures;
import care.rondo.testing.Fixtures;
import care.rondo.testing.LockWaits;
import care.rondo.testing.SmallTeam;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static care.rondo.testing.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * The first save of a client's wishes names version 0, the version shown before anything is saved. Two first saves
 * must not both win: exactly one is kept (version 1), the other answers 409 with the current wishes to retry from,
 * through the team's endpoint and through the client's own link alike. The race is made to happen every time: the
 * test holds an uncommitted wishes row of its own, both saves queue behind it, and the test rolls it back, so the two
 * saves meet with no row stored.
 */
@QuarkusTest
class FirstWishesSaveRaceTest {

    @Inject
    Fixtures fixtures;

    @Inject
    CaseloadFixtures caseload;

    @Inject
    DataSource dataSource;

    @Transactional
    long planOf(long clientId) {
        return CarePlan.<CarePlan>find("clientId", clientId).firstResult().id;
    }

    private static String teamWishes(SmallTeam team, long clientId) {
        return "/api/teams/" + team.id() + "/clients/" + clientId + "/wishes";
    }

    private static String linkToken(SmallTeam team, long clientId) {
        String page = as(team.token()).body(Map.of("mayEditWishes", true))
                .post("/api/teams/" + team.id() + "/clients/" + clientId + "/link").then().statusCode(201)
                .extract().path("pageUrl");
        return page.substring(page.indexOf('#') + 1);
    }

    private static Response teamSave(SmallTeam team, long clientId, String words, long version) {
        return as(team.token()).body(Map.of("ownWords", words, "version", version)).put(teamWishes(team, clientId));
    }

    private static Response linkSave(String token, long plan, String words, long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("timeWishes", List.of(Map.of("carePlanId", plan, "notBefore", "10:45")));
        body.put("ownWords", words);
        body.put("version", version);
        return given().contentType(ContentType.JSON).body(body).put("/api/client-view/" + token + "/wishes");
    }

    /** Both saves start while the test holds a row for the client, wait for it, then meet once it is rolled back. */
    private List<Response> raceTwoFirstSaves(long teamId, long clientId, Function<String, Response> save)
            throws Exception {
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement insert = holder.prepareStatement(
                    "INSERT INTO client_wishes (client_id, team_id, updated_at) VALUES (?, ?, now())")) {
                insert.setLong(1, clientId);
                insert.setLong(2, teamId);
                assertThat(insert.executeUpdate()).isEqualTo(1);
            }
            CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> save.apply("Eerst koffie"));
            CompletableFuture<Response> second = CompletableFuture.supplyAsync(() -> save.apply("Eerst thee"));
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                    .until(() -> LockWaits.waiting(dataSource) >= 2 || first.isDone() || second.isDone());
            assertThat(first).as("the first save waits for the row").isNotDone();
            assertThat(second).as("the second save waits for the row").isNotDone();
            holder.rollback();
            return List.of(first.get(60, TimeUnit.SECONDS), second.get(60, TimeUnit.SECONDS));
        }
    }

    /** One answer is 200 at version 1, the other 409 carrying exactly what the winner saved. */
    private static String exactlyOneWins(List<Response> answers) {
        List<Response> byStatus = answers.stream().sorted(Comparator.comparingInt(Response::statusCode)).toList();
        assertThat(byStatus.stream().map(Response::statusCode)).containsExactly(200, 409);
        Response winner = byStatus.get(0);
        Response loser = byStatus.get(1);
        winner.then().body("version", equalTo(1));
        loser.then().contentType(startsWith("application/problem+json"))
                .body("current.version", equalTo(1))
                .body("current.ownWords", equalTo(winner.jsonPath().getString("ownWords")));
        return winner.jsonPath().getString("ownWords");
    }

    @Test
    void twoFirstSavesByTheTeamAtVersion0OneIsKeptTheOtherIs409() throws Exception {
        SmallTeam team = SmallTeam.create(fixtures, caseload);
        long client = team.washingClient();
        String kept = exactlyOneWins(raceTwoFirstSaves(team.id(), client,
                words -> teamSave(team, client, words, 0)));
        as(team.token()).get(teamWishes(team, client)).then().statusCode(200)
                .body("version", equalTo(1)).body("ownWords", equalTo(kept));
    }

    @Test
    void twoFirstSavesThroughTheClientsLinkAtVersion0OneIsKeptTheOtherIs409() throws Exception {
        SmallTeam team = SmallTeam.create(fixtures, caseload);
        long client = team.washingClient();
        long plan = planOf(client);
        String token = linkToken(team, client);
        String kept = exactlyOneWins(raceTwoFirstSaves(team.id(), client,
                words -> linkSave(token, plan, words, 0)));
        given().get("/api/client-view/" + token + "/wishes").then().statusCode(200)
                .body("version", equalTo(1)).body("ownWords", equalTo(kept));
        as(team.token()).get(teamWishes(team, client)).then().statusCode(200)
                .body("version", equalTo(1)).body("ownWords", equalTo(kept)).body("lastChangedBy", equalTo("CLIENT_LINK"));
    }

    @Test
    void aFirstSaveAfterAnotherFirstSaveIsStale() {
        SmallTeam team = SmallTeam.create(fixtures, caseload);
        long client = team.washingClient();
        long plan = planOf(client);
        String token = linkToken(team, client);
        // the team saves first; the relative, who read version 0 before, saves after it
        teamSave(team, client, "Van het team", 0).then().statusCode(200).body("version", equalTo(1));
        linkSave(token, plan, "Van de dochter", 0).then().statusCode(409)
                .body("current.version", equalTo(1)).body("current.ownWords", equalTo("Van het team"));
        // and the other way round, on another client
        long other = team.hoistClient();
        String otherToken = linkToken(team, other);
        linkSave(otherToken, planOf(other), "Van de zoon", 0).then().statusCode(200).body("version", equalTo(1));
        teamSave(team, other, "Van het team", 0).then().statusCode(409)
                .body("current.version", equalTo(1)).body("current.ownWords", equalTo("Van de zoon"));
        as(team.token()).get(teamWishes(team, client)).then().body("ownWords", equalTo("Van het team"));
        as(team.token()).get(teamWishes(team, other)).then().body("ownWords", equalTo("Van de zoon"));
    }

    @Test
    void sendingNothingNewLeavesNoWishesStored() {
        SmallTeam team = SmallTeam.create(fixtures, caseload);
        long client = team.washingClient();
        String token = linkToken(team, client);
        Map<String, Object> nothing = new HashMap<>();
        nothing.put("version", 0);
        given().contentType(ContentType.JSON).body(nothing).put("/api/client-view/" + token + "/wishes").then()
                .statusCode(200).body("version", equalTo(0));
        as(team.token()).get("/api/teams/" + team.id() + "/clients/" + client + "/subject-access-export").then()
                .statusCode(200).body("wishes", org.hamcrest.Matchers.nullValue());
    }
}
