package care.rondo.rest;

import care.rondo.testing.Api;
import care.rondo.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class TeamResourceTest {

    @Inject
    Fixtures fixtures;

    private static Map<String, Object> team(String name) {
        return Map.of("name", name, "neighbourhood", "Overvecht",
                "office", Map.of("latitude", 52.11, "longitude", 5.12));
    }

    @Test
    void shouldRejectUnauthenticated() {
        given().get("/api/teams").then().statusCode(401)
                .contentType("application/problem+json").body("status", equalTo(401));
    }

    @Test
    void shouldCreateTeamAsAdminWithLocationAndDefaultZone() {
        String name = "Wijkteam " + UUID.randomUUID();
        String location = Api.as(fixtures.admin()).body(team(name))
                .post("/api/teams").then().statusCode(201)
                .header("ETag", notNullValue())
                .body("name", equalTo(name)).body("timeZone", equalTo("Europe/Amsterdam"))
                .extract().header("Location");
        Api.as(fixtures.coordinator()).get(location).then().statusCode(200)
                .body("name", equalTo(name));
    }

    @Test
    void shouldNotLetMemberCreateTeam() {
        var own = fixtures.newTeamWithMember();
        Api.as(own.memberToken()).body(team("x" + UUID.randomUUID()))
                .post("/api/teams").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void shouldNotRevealAnotherTeam() {
        var own = fixtures.newTeamWithMember();
        var other = fixtures.newTeamWithMember();
        Api.as(own.memberToken()).get("/api/teams/" + other.teamId()).then().statusCode(404)
                .contentType("application/problem+json");
        Api.as(own.memberToken()).get("/api/teams/" + own.teamId()).then().statusCode(200);
        Api.as(own.memberToken()).get("/api/teams").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo((int) own.teamId()));
    }

    /** The page asks the team what the caller may do with it instead of reading her role. */
    @Test
    void shouldSayWhetherTheCallerPlansTheTeamAndReadsItsClientsNotes() {
        var own = fixtures.newTeamWithMember();
        String path = "/api/teams/" + own.teamId();
        Api.as(own.memberToken()).get(path).then().statusCode(200)
                .body("mayPlan", equalTo(true)).body("maySeeClientNotes", equalTo(true));
        Api.as(own.memberToken()).get("/api/teams").then().statusCode(200)
                .body("items[0].mayPlan", equalTo(true)).body("items[0].maySeeClientNotes", equalTo(true));
        for (String reader : new String[] {fixtures.coordinator(), fixtures.admin()}) {
            Api.as(reader).get(path).then().statusCode(200)
                    .body("mayPlan", equalTo(false)).body("maySeeClientNotes", equalTo(false));
            Api.as(reader).get("/api/teams").then().statusCode(200).body("items", not(empty()))
                    .body("items.mayPlan", everyItem(equalTo(false)))
                    .body("items.maySeeClientNotes", everyItem(equalTo(false)));
        }
    }

    @Test
    void shouldNameEveryInvalidField() {
        Api.as(fixtures.admin())
                .body(Map.of("name", "", "office", Map.of("latitude", 95, "longitude", -200)))
                .post("/api/teams").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("name", "office.latitude", "office.longitude"));
    }

    @Test
    void shouldRejectMalformedJsonAndWrongTypes() {
        Api.as(fixtures.admin()).body("{\"name\": ")
                .post("/api/teams").then().statusCode(400).body("errors.field", hasItem("body"));
        Api.as(fixtures.admin())
                .body("{\"name\":\"a\",\"office\":{\"latitude\":\"north\",\"longitude\":5}}")
                .post("/api/teams").then().statusCode(400).body("errors.field", hasItem("office.latitude"));
    }

    @Test
    void shouldRejectStaleUpdateWithCurrentState() {
        String admin = fixtures.admin();
        String name = "Stale " + UUID.randomUUID();
        int id = Api.as(admin).body(team(name))
                .post("/api/teams").then().statusCode(201).extract().path("id");
        Api.as(admin).header("If-Match", "\"0\"")
                .body(team(name + " renamed")).put("/api/teams/" + id).then().statusCode(200)
                .body("version", equalTo(1)).header("ETag", containsString("1"));
        Api.as(admin).header("If-Match", "\"0\"")
                .body(team(name + " again")).put("/api/teams/" + id).then().statusCode(409)
                .contentType("application/problem+json").body("current.name", equalTo(name + " renamed"));
    }
}
