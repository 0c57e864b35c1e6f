package care.rondo.rest;

import care.rondo.testing.Api;
import care.rondo.testing.PinnedClockTest;
import care.rondo.testing.Slow;
import care.rondo.testing.SmallTeam;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/** The nurse's phone: profile, her accepted visits, check-in/out, absences into the team feed, calendar feed. */
@Slow
@QuarkusTest
class MobileApiTest extends PinnedClockTest {

    // Tuesday of 2026-W51: within the calendar feed's eight weeks ahead of the pinned clock (1 December 2026)
    private static final String TUESDAY = "2026-12-15";

    private SmallTeam acceptedTeam() {
        SmallTeam team = SmallTeam.create(fixtures, caseload);
        fixtures.describeClient(team.insulinClient(), "Mevrouw de Vries", "Ring twice; dog is friendly");
        long roster = team.createRoster("2026-W51");
        team.solve(roster);
        Api.as(team.token())
                .body(Map.of("rosterVersion", team.version(roster), "confirmBrokenHardRules", true))
                .post(team.roster(roster) + "/acceptance").then().statusCode(200);
        return team;
    }

    @Test
    void shouldShowTheNurseHerDayAndCheckInAndOutOnce() {
        SmallTeam team = acceptedTeam();
        String anna = fixtures.nurseToken(team.id(), team.anna());

        String meTag = Api.as(anna).get("/api/me").then().statusCode(200)
                .body("nurseId", equalTo((int) team.anna())).body("name", equalTo("Anna"))
                .body("timeZone", equalTo("Europe/Amsterdam")).extract().header("ETag");
        Api.as(anna).header("If-None-Match", meTag).get("/api/me").then().statusCode(304);

        var day = Api.as(anna).queryParam("date", TUESDAY).get("/api/me/visits").then()
                .statusCode(200).extract();
        JsonPath visits = day.jsonPath();
        List<Map<String, Object>> items = visits.getList("items");
        assertThat(items).isNotEmpty();
        assertThat(items).extracting(v -> v.get("order")).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, items.size()).boxed().toList());
        assertThat(items).extracting(v -> (String) v.get("start")).isSorted();
        assertThat(items.get(items.size() - 1).get("travelMinutesToNext")).isNull();
        items.subList(0, items.size() - 1).forEach(v -> assertThat(v.get("travelMinutesToNext")).isNotNull());
        Map<String, Object> insulin = items.stream()
                .filter(v -> ((Number) v.get("clientId")).longValue() == team.insulinClient()).findFirst().orElseThrow();
        assertThat(insulin.get("clientNotes")).isEqualTo("Ring twice; dog is friendly");
        // UTC to the second, like the check times: 07:30 in Utrecht is 06:30Z in December
        assertThat((String) insulin.get("start")).matches(TUESDAY + "T\\d{2}:\\d{2}:\\d{2}Z");
        assertThat(insulin).containsKeys("address", "latitude", "longitude", "windowStart", "durationMinutes");
        items.stream().filter(v -> ((Number) v.get("clientId")).longValue() == team.hoistClient())
                .forEach(hoist -> assertThat(hoist.get("partnerNurse")).isEqualTo("Bram"));
        Api.as(anna).queryParam("date", TUESDAY).header("If-None-Match", day.header("ETag"))
                .get("/api/me/visits").then().statusCode(304);
        Api.as(anna).queryParam("week", "2026-W51").queryParam("size", 3).get("/api/me/visits").then()
                .statusCode(200).body("items.size()", equalTo(3)).body("totalItems", equalTo(
                        Api.as(anna).queryParam("week", "2026-W51").get("/api/me/visits").then()
                                .extract().path("totalItems")));

        long visitId = ((Number) insulin.get("visitId")).longValue();
        String visit = "/api/me/visits/" + visitId;
        Api.as(anna).post(visit + "/check-out").then().statusCode(409);
        clock.set(java.time.ZonedDateTime.parse(TUESDAY + "T07:35:00+01:00").toInstant());
        Api.as(anna)
                .body(Map.of("latitude", 52.0925, "longitude", 5.1045, "note", "arrived"))
                .post(visit + "/check-in").then().statusCode(200).body("checkedInAt", notNullValue())
                .body("checkInLatitude", equalTo(52.0925f));
        Api.as(anna).post(visit + "/check-in").then().statusCode(409)
                .contentType("application/problem+json");
        Api.as(anna).body(Map.of("note", "insulin given"))
                .post(visit + "/check-out").then().statusCode(200).body("checkedOutAt", notNullValue())
                .body("note", equalTo("arrived\ninsulin given"));
        Api.as(anna).post(visit + "/check-out").then().statusCode(409);
        Api.as(anna).queryParam("date", TUESDAY).get("/api/me/visits").then()
                .body("items.find { it.visitId == " + visitId + " }.checkedOutAt", notNullValue());

        // another nurse's visit, a coordinator, a member without a nurse
        String bram = fixtures.nurseToken(team.id(), team.bram());
        Api.as(bram).post(visit + "/check-in").then().statusCode(404);
        Api.as(fixtures.coordinator()).get("/api/me").then().statusCode(403);
        Api.as(team.token()).get("/api/me").then().statusCode(404);
        Api.as(anna).queryParam("week", "2026-W99").get("/api/me/visits").then().statusCode(400)
                .body("errors.field", hasItem("week"));
    }

    @Test
    void shouldFlagTheRosterAndFeedTheTeamWhenTheNurseReportsSick() {
        SmallTeam team = acceptedTeam();
        String bram = fixtures.nurseToken(team.id(), team.bram());
        String events = "/api/teams/" + team.id() + "/events";
        int cursor = Api.as(team.token()).get(events).then().statusCode(200).extract().path("cursor");

        Api.as(bram)
                .body(Map.of("from", "2026-12-16", "to", "2026-12-17", "kind", "SICKNESS"))
                .post("/api/me/absences").then().statusCode(201).body("nurseId", equalTo((int) team.bram()));
        Api.as(team.token()).get(team.rosters()).then()
                .body("items[0].needsReplan", equalTo(true));
        JsonPath feed = Api.as(team.token()).queryParam("after", cursor).get(events).then()
                .statusCode(200).extract().jsonPath();
        assertThat(feed.getList("items.kind")).containsExactly("ABSENCE_REPORTED");
        int next = feed.getInt("cursor");
        assertThat(next).isGreaterThan(cursor);
        Api.as(team.token()).queryParam("after", next).get(events).then().body("items.size()", equalTo(0));
        Api.as(bram).body(Map.of("sickToday", true))
                .post("/api/me/absences").then().statusCode(201).body("kind", equalTo("SICKNESS"));
        Api.as(bram).body(Map.of("kind", "LEAVE"))
                .post("/api/me/absences").then().statusCode(400).body("errors.field", hasItem("from"));
        Api.as(fixtures.newTeamWithMember().memberToken()).get(events).then().statusCode(404);
    }

    @Test
    void shouldServeThePersonalCalendarWithoutLoginUntilRevoked() {
        SmallTeam team = acceptedTeam();
        String anna = fixtures.nurseToken(team.id(), team.anna());
        String url = Api.as(anna).post("/api/me/calendar-feed").then().statusCode(201)
                .extract().path("url");
        String path = url.substring(url.indexOf("/api/feeds/"));
        String ics = given().get(path).then().statusCode(200).contentType(containsCalendar())
                .extract().asString();
        assertThat(ics).contains("BEGIN:VCALENDAR", "BEGIN:VEVENT", "(Anna)").doesNotContain("(Bram)")
                .doesNotContain("Ring twice");
        // her calendar app polls again and again: the team's history records the feed once a day, not per poll
        given().get(path).then().statusCode(200);
        given().get(path).then().statusCode(200);
        assertThat(Api.as(team.token()).get("/api/teams/" + team.id() + "/events?limit=200")
                .then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.kind == 'EXPORTED' && it.details.scope == 'feed' }")).hasSize(1);
        // rotating replaces the URL; revoking ends it
        String rotated = Api.as(anna).post("/api/me/calendar-feed").then().statusCode(201)
                .extract().path("url");
        given().get(path).then().statusCode(404);
        String rotatedPath = rotated.substring(rotated.indexOf("/api/feeds/"));
        given().get(rotatedPath).then().statusCode(200);
        Api.as(anna).delete("/api/me/calendar-feed").then().statusCode(204);
        given().get(rotatedPath).then().statusCode(404);
        given().get("/api/feeds/not-a-token.ics").then().statusCode(404);
    }

    @Test
    void shouldLinkAnAccountToANurseOfItsOwnTeamOnly() {
        var team = fixtures.newTeamWithMember();
        var other = fixtures.newTeamWithMember();
        long nurse = caseload.nurse(team.teamId(), "Carla", 3, List.of(), java.time.LocalTime.of(7, 0),
                java.time.LocalTime.of(13, 0));
        String admin = fixtures.admin();
        String username = "carla-" + System.nanoTime();
        Map<String, Object> body = new java.util.HashMap<>(Map.of("username", username, "password", "secret-123",
                "role", "MEMBER", "teamId", other.teamId(), "nurseId", nurse));
        Api.as(admin).body(body).post("/api/accounts").then()
                .statusCode(400).body("errors.field", hasItem("nurseId"));
        body.put("teamId", team.teamId());
        Api.as(admin).body(body).post("/api/accounts").then()
                .statusCode(201).body("nurseId", equalTo((int) nurse));
        String token = given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", "secret-123")).post("/api/auth/token").then()
                .statusCode(200).extract().path("accessToken");
        Api.as(token).get("/api/me").then().statusCode(200).body("name", equalTo("Carla"));
        body.put("username", "second-" + System.nanoTime());
        Api.as(admin).body(body).post("/api/accounts").then()
                .statusCode(409);
    }

    private static String containsCalendar() {
        return "text/calendar;charset=UTF-8";
    }
}
