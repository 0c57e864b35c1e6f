package care.rondo.rest;

import care.rondo.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static care.rondo.testing.Api.as;
import static care.rondo.testing.Api.create;
import static care.rondo.testing.Bodies.carePlan;
import static care.rondo.testing.Bodies.client;
import static care.rondo.testing.Bodies.startWindow;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class CarePlanResourceTest {

    @Inject
    Fixtures fixtures;

    private record Setup(long teamId, String token, String plans) {
    }

    private Setup teamWithClient() {
        var team = fixtures.newTeamWithMember();
        long client = create(team.memberToken(), "/api/teams/" + team.teamId() + "/clients", client("Mevrouw K"));
        return new Setup(team.teamId(), team.memberToken(),
                "/api/teams/" + team.teamId() + "/clients/" + client + "/care-plans");
    }

    @Test
    void shouldRejectUnauthenticated() {
        Setup s = teamWithClient();
        given().get(s.plans()).then().statusCode(401);
        given().get("/api/teams/" + s.teamId() + "/care-plans").then().statusCode(401);
        given().contentType("application/json").body(carePlan("Insulin")).post(s.plans()).then().statusCode(401);
    }

    @Test
    void shouldCreateWithDefaultsAndFollowUp() {
        Setup s = teamWithClient();
        Map<String, Object> body = carePlan("Insulin, check glucose after");
        body.put("windows", List.of(startWindow("17:00", "18:00"), startWindow("07:30", "08:30")));
        body.put("followUp", Map.of("minGapMinutes", 60, "maxGapMinutes", 90, "durationMinutes", 10));
        body.put("nursesNeeded", 2);
        String location = as(s.token()).body(body).post(s.plans()).then().statusCode(201)
                .header("ETag", notNullValue()).extract().header("Location");
        as(s.token()).get(location).then().statusCode(200)
                .body("days", contains("MONDAY", "WEDNESDAY", "FRIDAY"))
                .body("windows.from", contains("07:30", "17:00")).body("priority", equalTo(3))
                .body("nursesNeeded", equalTo(2)).body("followUp.maxGapMinutes", equalTo(90))
                .body("validFrom", notNullValue()).body("validUntil", nullValue());
        as(s.token()).get("/api/teams/" + s.teamId() + "/care-plans").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].description", equalTo("Insulin, check glucose after"));
    }

    @Test
    void shouldNotRevealAnotherTeamsCarePlans() {
        Setup own = teamWithClient();
        Setup other = teamWithClient();
        long theirs = create(other.token(), other.plans(), carePlan("Wound care"));
        String me = own.token();
        as(me).get(other.plans() + "/" + theirs).then().statusCode(404);
        as(me).get(other.plans()).then().statusCode(404);
        as(me).get("/api/teams/" + other.teamId() + "/care-plans").then().statusCode(404);
        as(me).get(own.plans() + "/" + theirs).then().statusCode(404);
        as(me).body(carePlan("X")).post(other.plans()).then().statusCode(404);
        String theirClientUnderMyTeam = other.plans().replace("/teams/" + other.teamId(), "/teams/" + own.teamId());
        as(me).body(carePlan("X")).post(theirClientUnderMyTeam).then().statusCode(404);
        as(me).body(carePlan("X")).header("If-Match", "\"0\"").put(other.plans() + "/" + theirs)
                .then().statusCode(404);
        as(me).body(carePlan("X")).header("If-Match", "\"0\"").put(own.plans() + "/" + theirs)
                .then().statusCode(404);
        as(me).delete(other.plans() + "/" + theirs).then().statusCode(404);
        as(me).delete(own.plans() + "/" + theirs).then().statusCode(404);
    }

    @Test
    void shouldLetCoordinatorReadButNotWrite() {
        Setup s = teamWithClient();
        long id = create(s.token(), s.plans(), carePlan("Insulin"));
        String coordinator = fixtures.coordinator();
        as(coordinator).get(s.plans() + "/" + id).then().statusCode(200);
        as(coordinator).get("/api/teams/" + s.teamId() + "/care-plans").then().statusCode(200)
                .body("totalItems", equalTo(1));
        as(coordinator).body(carePlan("X")).post(s.plans()).then().statusCode(403);
        as(coordinator).body(carePlan("X")).header("If-Match", "\"0\"").put(s.plans() + "/" + id)
                .then().statusCode(403);
        as(coordinator).delete(s.plans() + "/" + id).then().statusCode(403);
    }

    @Test
    void shouldNameEveryInvalidField() {
        Setup s = teamWithClient();
        Map<String, Object> body = carePlan("X");
        body.remove("description");
        body.put("minLevel", 6);
        body.put("durationMinutes", 4);
        body.put("nursesNeeded", 3);
        body.put("priority", 0);
        body.put("skills", List.of("insulin", "Stoma!"));
        body.put("windows", List.of());
        as(s.token()).body(body).post(s.plans()).then().statusCode(400)
                .body("errors.field", contains("description", "durationMinutes", "minLevel", "nursesNeeded",
                        "priority", "skills[1]", "windows"));
        Map<String, Object> funday = carePlan("X");
        funday.put("days", List.of("MONDAY", "FUNDAY"));
        as(s.token()).body(funday).post(s.plans()).then().statusCode(400)
                .body("errors[0].field", equalTo("days[1]"));
        Map<String, Object> badTime = carePlan("X");
        badTime.put("windows", List.of(startWindow("07:30", "25:00")));
        as(s.token()).body(badTime).post(s.plans()).then().statusCode(400)
                .body("errors[0].field", equalTo("windows[0].to"));
        as(s.token()).body("{\"description\": \"x\", \"windows\": [").post(s.plans()).then().statusCode(400)
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    void shouldRejectCrossFieldMistakesWithoutWritingAnything() {
        Setup s = teamWithClient();
        Map<String, Object> body = carePlan("X");
        body.put("windows", List.of(startWindow("08:30", "07:30"), startWindow("12:00", "13:00"),
                startWindow("12:30", "14:00")));
        body.put("followUp", Map.of("minGapMinutes", 90, "maxGapMinutes", 60, "durationMinutes", 10));
        body.put("validFrom", "2026-03-02");
        body.put("validUntil", "2026-03-01");
        as(s.token()).body(body).post(s.plans()).then().statusCode(400)
                .body("errors.field", hasItems("windows[0].to", "windows[2]", "validUntil",
                        "followUp.maxGapMinutes"));
        Map<String, Object> halfFollowUp = carePlan("X");
        halfFollowUp.put("followUp", Map.of("minGapMinutes", 60));
        as(s.token()).body(halfFollowUp).post(s.plans()).then().statusCode(400)
                .body("errors.field", contains("followUp.durationMinutes", "followUp.maxGapMinutes"));
        as(s.token()).get(s.plans()).then().body("totalItems", equalTo(0));
    }

    @Test
    void shouldRejectStaleVersionWithCurrentState() {
        Setup s = teamWithClient();
        long id = create(s.token(), s.plans(), carePlan("Insulin"));
        Map<String, Object> longer = carePlan("Insulin");
        longer.put("durationMinutes", 30);
        as(s.token()).body(longer).header("If-Match", "\"0\"").put(s.plans() + "/" + id).then().statusCode(200)
                .body("durationMinutes", equalTo(30)).body("version", equalTo(1));
        Map<String, Object> stale = carePlan("Insulin");
        stale.put("version", 0);
        as(s.token()).body(stale).put(s.plans() + "/" + id).then().statusCode(409)
                .body("current.durationMinutes", equalTo(30));
    }

    @Test
    void shouldArchiveInsteadOfDelete() {
        Setup s = teamWithClient();
        long id = create(s.token(), s.plans(), carePlan("Insulin"));
        as(s.token()).delete(s.plans() + "/" + id).then().statusCode(204);
        as(s.token()).get(s.plans() + "/" + id).then().statusCode(200).body("archived", equalTo(true));
        as(s.token()).get(s.plans()).then().body("totalItems", equalTo(0));
        as(s.token()).get("/api/teams/" + s.teamId() + "/care-plans").then().body("totalItems", equalTo(0));
        as(s.token()).get("/api/teams/" + s.teamId() + "/care-plans?archived=true").then()
                .body("items[0].id", equalTo((int) id));
    }

    @Test
    void shouldPageAndSort() {
        Setup s = teamWithClient();
        for (int priority = 1; priority <= 3; priority++) {
            Map<String, Object> body = carePlan("Plan " + priority);
            body.put("priority", priority);
            create(s.token(), s.plans(), body);
        }
        as(s.token()).get(s.plans() + "?sort=-priority&size=2").then().statusCode(200)
                .body("items.priority", contains(3, 2)).body("totalItems", equalTo(3));
        as(s.token()).get("/api/teams/" + s.teamId() + "/care-plans?sort=description&page=1&size=2").then()
                .body("items.description", contains("Plan 3"));
        as(s.token()).get(s.plans() + "?sort=-durationMinutes").then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
    }
}
