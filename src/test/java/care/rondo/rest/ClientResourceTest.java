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
import static care.rondo.testing.Bodies.nurse;
import static care.rondo.testing.Bodies.point;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ClientResourceTest {

    @Inject
    Fixtures fixtures;

    private static String clients(long teamId) {
        return "/api/teams/" + teamId + "/clients";
    }

    private static String nurses(long teamId) {
        return "/api/teams/" + teamId + "/nurses";
    }

    @Test
    void shouldRejectUnauthenticated() {
        var team = fixtures.newTeamWithMember();
        given().get(clients(team.teamId())).then().statusCode(401);
        given().contentType("application/json").body(client("Mevrouw A")).post(clients(team.teamId()))
                .then().statusCode(401);
    }

    @Test
    void shouldCreateWithPreferredAndRefusedNurses() {
        var team = fixtures.newTeamWithMember();
        long anna = create(team.memberToken(), nurses(team.teamId()), nurse("Anna"));
        long bea = create(team.memberToken(), nurses(team.teamId()), nurse("Bea"));
        Map<String, Object> body = client("Mevrouw Bakker");
        body.put("preferredNurseIds", List.of(anna, anna));
        body.put("refusedNurseIds", List.of(bea));
        String location = as(team.memberToken()).body(body).post(clients(team.teamId())).then().statusCode(201)
                .header("ETag", notNullValue()).extract().header("Location");
        as(team.memberToken()).get(location).then().statusCode(200)
                .body("name", equalTo("Mevrouw Bakker")).body("location.longitude", equalTo(5.0985f))
                .body("notes", containsString("Key")).body("preferredNurseIds", contains((int) anna))
                .body("refusedNurseIds", contains((int) bea));
    }

    @Test
    void shouldNotRevealAnotherTeamsClients() {
        var own = fixtures.newTeamWithMember();
        var other = fixtures.newTeamWithMember();
        long theirs = create(other.memberToken(), clients(other.teamId()), client("Meneer C"));
        String me = own.memberToken();
        as(me).get(clients(other.teamId()) + "/" + theirs).then().statusCode(404);
        as(me).get(clients(own.teamId()) + "/" + theirs).then().statusCode(404);
        as(me).get(clients(other.teamId())).then().statusCode(404);
        as(me).body(client("X")).post(clients(other.teamId())).then().statusCode(404);
        as(me).body(client("X")).header("If-Match", "\"0\"").put(clients(own.teamId()) + "/" + theirs)
                .then().statusCode(404);
        as(me).body(client("X")).header("If-Match", "\"0\"").put(clients(other.teamId()) + "/" + theirs)
                .then().statusCode(404);
        as(me).delete(clients(own.teamId()) + "/" + theirs).then().statusCode(404);
        as(me).delete(clients(other.teamId()) + "/" + theirs).then().statusCode(404);
    }

    @Test
    void shouldHideNotesFromCoordinatorsAndForbidTheirWrites() {
        var team = fixtures.newTeamWithMember();
        long id = create(team.memberToken(), clients(team.teamId()), client("Mevrouw D"));
        String coordinator = fixtures.coordinator();
        as(coordinator).get(clients(team.teamId()) + "/" + id).then().statusCode(200)
                .body("name", equalTo("Mevrouw D")).body("notes", nullValue());
        as(coordinator).get(clients(team.teamId())).then().statusCode(200).body("items[0].notes", nullValue());
        as(fixtures.admin()).get(clients(team.teamId()) + "/" + id).then().body("notes", nullValue());
        as(coordinator).body(client("Y")).post(clients(team.teamId())).then().statusCode(403);
        as(coordinator).body(client("Y")).header("If-Match", "\"0\"").put(clients(team.teamId()) + "/" + id)
                .then().statusCode(403);
        as(coordinator).delete(clients(team.teamId()) + "/" + id).then().statusCode(403);
    }

    @Test
    void shouldNameInvalidFields() {
        var team = fixtures.newTeamWithMember();
        Map<String, Object> body = client("Z");
        body.remove("address");
        body.put("location", point(-91, 181));
        as(team.memberToken()).body(body).post(clients(team.teamId())).then().statusCode(400)
                .body("errors.field", contains("address", "location.latitude", "location.longitude"));
        as(team.memberToken()).body("[}").post(clients(team.teamId())).then().statusCode(400)
                .body("errors[0].field", equalTo("body"));
        Map<String, Object> wrongType = client("Z");
        wrongType.put("preferredNurseIds", List.of("anna"));
        as(team.memberToken()).body(wrongType).post(clients(team.teamId())).then().statusCode(400)
                .body("errors[0].field", equalTo("preferredNurseIds[0]"));
    }

    @Test
    void shouldOnlyAcceptNursesOfTheSameTeamNeverBothPreferredAndRefused() {
        var own = fixtures.newTeamWithMember();
        var other = fixtures.newTeamWithMember();
        long ours = create(own.memberToken(), nurses(own.teamId()), nurse("Anna"));
        long theirs = create(other.memberToken(), nurses(other.teamId()), nurse("Bea"));
        Map<String, Object> body = client("Mevrouw E");
        body.put("preferredNurseIds", List.of(ours, theirs));
        body.put("refusedNurseIds", List.of(ours, 987654321L));
        as(own.memberToken()).body(body).post(clients(own.teamId())).then().statusCode(400)
                .body("errors.field", hasItems("preferredNurseIds[1]", "refusedNurseIds[0]", "refusedNurseIds[1]"));
        as(own.memberToken()).get(clients(own.teamId())).then().body("totalItems", equalTo(0));
    }

    @Test
    void shouldRejectStaleVersionWithCurrentStateIncludingNotes() {
        var team = fixtures.newTeamWithMember();
        long id = create(team.memberToken(), clients(team.teamId()), client("Mevrouw F"));
        String one = clients(team.teamId()) + "/" + id;
        Map<String, Object> moved = client("Mevrouw F");
        moved.put("address", "Damstraat 3, Utrecht");
        moved.put("version", 0);
        as(team.memberToken()).body(moved).put(one).then().statusCode(200).body("version", equalTo(1));
        as(team.memberToken()).body(client("Mevrouw F")).header("If-Match", "W/\"0\"").put(one).then()
                .statusCode(409).body("current.address", equalTo("Damstraat 3, Utrecht"))
                .body("current.notes", containsString("Key"));
    }

    @Test
    void shouldArchiveClientWithHerCarePlans() {
        var team = fixtures.newTeamWithMember();
        long id = create(team.memberToken(), clients(team.teamId()), client("Meneer G"));
        String one = clients(team.teamId()) + "/" + id;
        create(team.memberToken(), one + "/care-plans", carePlan("Insulin"));
        as(team.memberToken()).delete(one).then().statusCode(204);
        as(team.memberToken()).get(one).then().statusCode(200).body("archived", equalTo(true));
        as(team.memberToken()).get(clients(team.teamId())).then().body("totalItems", equalTo(0));
        as(team.memberToken()).get(clients(team.teamId()) + "?archived=true").then().body("totalItems", equalTo(1));
        as(team.memberToken()).get(one + "/care-plans").then().body("totalItems", equalTo(0));
        as(team.memberToken()).get(one + "/care-plans?archived=true").then().body("items[0].archived", equalTo(true));
        as(team.memberToken()).body(carePlan("Wound care")).post(one + "/care-plans")
                .then().statusCode(409);
    }

    @Test
    void shouldPageAndSort() {
        var team = fixtures.newTeamWithMember();
        for (String name : List.of("Meneer B", "Mevrouw C", "Mevrouw A")) {
            create(team.memberToken(), clients(team.teamId()), client(name));
        }
        as(team.memberToken()).get(clients(team.teamId()) + "?sort=-name&size=2").then().statusCode(200)
                .body("items.name", contains("Mevrouw C", "Mevrouw A")).body("totalPages", equalTo(2));
        as(team.memberToken()).get(clients(team.teamId()) + "?sort=notes").then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        as(team.memberToken()).get(clients(team.teamId()) + "?page=-1").then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
    }
}
