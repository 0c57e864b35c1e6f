package care.rondo.client;

import care.rondo.testing.Api;
import care.rondo.testing.CaseloadFixtures;
import care.rondo.testing.Fixtures;
import care.rondo.testing.PinnedClockTest;
import care.rondo.testing.Slow;
import care.rondo.testing.SmallTeam;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import static care.rondo.testing.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** The client view through its secret link: her visits only, a time range, first names, audited, revocable. */
@Slow
@QuarkusTest
class ClientViewTest extends PinnedClockTest {

    static SmallTeam acceptedNextWeek(Fixtures fixtures, CaseloadFixtures caseload) {
        SmallTeam team = SmallTeam.create(fixtures, caseload);
        fixtures.describeClient(team.washingClient(), "Mevrouw Bakker", "Key under the mat");
        long roster = team.createRoster("2026-W50");
        team.solve(roster);
        Api.as(team.token())
                .body(Map.of("rosterVersion", team.version(roster), "confirmBrokenHardRules", true))
                .post(team.roster(roster) + "/acceptance").then().statusCode(200);
        return team;
    }

    static String link(SmallTeam team, long clientId) {
        return "/api/teams/" + team.id() + "/clients/" + clientId + "/link";
    }

    /** Creates a link for the client and returns its token (from the page URL's fragment). */
    static String token(SmallTeam team, long clientId, String relative) {
        String page = as(team.token()).body(relative == null ? Map.of() : Map.of("relativeName", relative))
                .post(link(team, clientId)).then().statusCode(201).extract().path("pageUrl");
        return page.substring(page.indexOf('#') + 1);
    }

    @Test
    void relativeSeesHerVisitsOfThisAndNextWeekAndNothingElse() {
        SmallTeam team = acceptedNextWeek(fixtures, caseload);
        String token = token(team, team.washingClient(), "Els (daughter)");

        String raw = given().get("/api/client-view/" + token).then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("relativeName", equalTo("Els (daughter)")).body("timeZone", equalTo("Europe/Amsterdam"))
                .body("today", equalTo("2026-12-01"))
                .body("weeks.isoWeek", equalTo(List.of("2026-W49", "2026-W50")))
                .body("weeks[0].visits", hasSize(0)) // no accepted roster this week
                .body("weeks[1].visits", hasSize(7)) // her daily washing, next week
                .extract().asString();
        JsonPath json = JsonPath.from(raw);
        List<Map<String, Object>> visits = json.getList("weeks[1].visits");
        assertThat(visits).allSatisfy(v -> {
            LocalTime from = LocalTime.parse((String) v.get("from"));
            LocalTime to = LocalTime.parse((String) v.get("to"));
            assertThat(from.getMinute() % 30).as("a range, not the minute").isZero();
            assertThat(Duration.between(from, to)).isEqualTo(Duration.ofHours(1));
            // window 10:30–11:30: the range holds the planned start
            assertThat(from).isBetween(LocalTime.of(10, 30), LocalTime.of(11, 30));
            // Bram is refused by Mevrouw Bakker: Anna visits, by first name only
            assertThat(v.get("nurses")).isEqualTo(List.of("Anna"));
        });
        // nothing of other clients, of her own record or of the team
        assertThat(raw).doesNotContain("Mevrouw", "Meneer", "Kanaalstraat", "Key under", "latitude", "score",
                "Bram", String.valueOf(team.id()) + ",");
    }

    @Test
    void everyViewIsAuditedWithoutPersonalData() {
        SmallTeam team = acceptedNextWeek(fixtures, caseload);
        String token = token(team, team.washingClient(), null);
        given().get("/api/client-view/" + token).then().statusCode(200).body("relativeName", nullValue());
        given().get("/api/client-view/" + token).then().statusCode(200);

        as(team.token()).get(link(team, team.washingClient())).then().statusCode(200)
                .body("opened", equalTo(2)).body("lastOpenedAt", equalTo("2026-12-01T08:00:00Z"))
                .body("relativeName", nullValue());
        as(team.token()).get("/api/teams/" + team.id() + "/clients/" + team.washingClient() + "/link-accesses")
                .then().statusCode(200).body("$", hasSize(2)).body("action", equalTo(List.of("VIEW", "VIEW")))
                .body("[0].at", equalTo("2026-12-01T08:00:00Z"));
    }

    @Test
    void rotatedRevokedAndArchivedLinksAnswer404() {
        SmallTeam team = SmallTeam.create(fixtures, caseload);
        String first = token(team, team.hoistClient(), null);
        given().get("/api/client-view/" + first).then().statusCode(200);
        String second = token(team, team.hoistClient(), "Piet");
        given().get("/api/client-view/" + first).then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        given().get("/api/client-view/" + second).then().statusCode(200).body("relativeName", equalTo("Piet"));

        as(team.token()).delete(link(team, team.hoistClient())).then().statusCode(204);
        given().get("/api/client-view/" + second).then().statusCode(404);
        as(team.token()).delete(link(team, team.hoistClient())).then().statusCode(404);
        as(team.token()).get(link(team, team.hoistClient())).then().statusCode(404);

        String third = token(team, team.stomaClient(), null);
        given().get("/api/client-view/" + third).then().statusCode(200);
        as(team.token()).delete("/api/teams/" + team.id() + "/clients/" + team.stomaClient()).then().statusCode(204);
        given().get("/api/client-view/" + third).then().statusCode(404);
        as(team.token()).post(link(team, team.stomaClient())).then().statusCode(409);
        given().get("/api/client-view/not-a-token").then().statusCode(404);
    }

    @Test
    void anotherTeamsClientAndCoordinatorsCannotMakeLinks() {
        SmallTeam team = SmallTeam.create(fixtures, caseload);
        SmallTeam other = SmallTeam.create(fixtures, caseload);
        as(team.token()).body(Map.of()).post(link(team, other.hoistClient())).then().statusCode(404);
        as(team.token()).get(link(team, other.hoistClient())).then().statusCode(404);
        as(team.token()).get("/api/teams/" + team.id() + "/clients/" + other.hoistClient() + "/link-accesses")
                .then().statusCode(404);
        as(fixtures.coordinator()).body(Map.of()).post(link(team, team.hoistClient())).then().statusCode(403);
    }
}
