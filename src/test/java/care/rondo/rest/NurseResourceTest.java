package care.rondo.rest;

import care.rondo.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static care.rondo.testing.Api.as;
import static care.rondo.testing.Api.create;
import static care.rondo.testing.Bodies.nurse;
import static care.rondo.testing.Bodies.point;
import static care.rondo.testing.Bodies.window;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class NurseResourceTest {

    @Inject
    Fixtures fixtures;

    private static String nurses(long teamId) {
        return "/api/teams/" + teamId + "/nurses";
    }

    @Test
    void shouldRejectUnauthenticated() {
        var team = fixtures.newTeamWithMember();
        given().get(nurses(team.teamId())).then().statusCode(401).contentType("application/problem+json");
        given().contentType("application/json").body(nurse("Anna")).post(nurses(team.teamId()))
                .then().statusCode(401);
    }

    @Test
    void shouldCreateWithLocationAndEtagAndReadItBack() {
        var team = fixtures.newTeamWithMember();
        String location = as(team.memberToken()).body(nurse("Anna de Vries")).post(nurses(team.teamId()))
                .then().statusCode(201).header("ETag", notNullValue()).body("version", equalTo(0))
                .body("createdAt", notNullValue())
                .extract().header("Location");
        as(team.memberToken()).get(location).then().statusCode(200).header("ETag", containsString("0"))
                .body("name", equalTo("Anna de Vries")).body("level", equalTo(3))
                .body("skills", contains("insulin", "wound_care")).body("travelMode", equalTo("E_BIKE"))
                .body("availability[1].from", equalTo("16:00")).body("availability[1].to", equalTo("22:30"))
                .body("start.latitude", equalTo(52.0907f)).body("archived", equalTo(false));
    }

    /** The nurse, absence and wishes forms offer what the server lists, labels included; the page keeps no copy. */
    @Test
    void shouldListTheFormsChoicesWithTheirLabels() {
        var team = fixtures.newTeamWithMember();
        as(team.memberToken()).get("/api/choices").then().statusCode(200)
                .body("travelModes.value", contains("BIKE", "E_BIKE", "CAR", "WALK"))
                .body("travelModes.label", contains("Bike", "E-bike", "Car", "On foot"))
                .body("newNurseTravelMode", equalTo("E_BIKE"))
                .body("absenceKinds.value", contains("LEAVE", "SICKNESS", "TRAINING"))
                .body("absenceKinds.label", contains("Leave", "Sickness", "Training"))
                .body("continuityImportances.value", contains("USUAL", "IMPORTANT", "VERY_IMPORTANT"))
                .body("continuityImportances.label", contains("As usual", "Important", "Very important"));
        given().get("/api/choices").then().statusCode(401);
    }

    @Test
    void shouldNotRevealAnotherTeamsNurses() {
        var own = fixtures.newTeamWithMember();
        var other = fixtures.newTeamWithMember();
        long theirs = create(other.memberToken(), nurses(other.teamId()), nurse("Bea"));
        String me = own.memberToken();
        as(me).get(nurses(other.teamId()) + "/" + theirs).then().statusCode(404)
                .contentType("application/problem+json");
        as(me).get(nurses(own.teamId()) + "/" + theirs).then().statusCode(404);
        as(me).get(nurses(other.teamId())).then().statusCode(404);
        as(me).body(nurse("Cas")).post(nurses(other.teamId())).then().statusCode(404);
        as(me).body(nurse("Bea")).header("If-Match", "\"0\"").put(nurses(other.teamId()) + "/" + theirs)
                .then().statusCode(404);
        as(me).body(nurse("Bea")).header("If-Match", "\"0\"").put(nurses(own.teamId()) + "/" + theirs)
                .then().statusCode(404);
        as(me).delete(nurses(other.teamId()) + "/" + theirs).then().statusCode(404);
        as(me).delete(nurses(own.teamId()) + "/" + theirs).then().statusCode(404);
        as(other.memberToken()).get(nurses(other.teamId()) + "/" + theirs).then().statusCode(200)
                .body("archived", equalTo(false));
    }

    @Test
    void shouldLetCoordinatorReadButNotWrite() {
        var team = fixtures.newTeamWithMember();
        long id = create(team.memberToken(), nurses(team.teamId()), nurse("Door"));
        String coordinator = fixtures.coordinator();
        as(coordinator).get(nurses(team.teamId())).then().statusCode(200).body("totalItems", equalTo(1));
        as(coordinator).get(nurses(team.teamId()) + "/" + id).then().statusCode(200);
        as(coordinator).body(nurse("Els")).post(nurses(team.teamId())).then().statusCode(403)
                .contentType("application/problem+json");
        as(coordinator).body(nurse("Door")).header("If-Match", "\"0\"").put(nurses(team.teamId()) + "/" + id)
                .then().statusCode(403);
        as(coordinator).delete(nurses(team.teamId()) + "/" + id).then().statusCode(403);
        as(fixtures.admin()).delete(nurses(team.teamId()) + "/" + id).then().statusCode(403);
    }

    @Test
    void shouldNameMissingAndOutOfRangeFields() {
        var team = fixtures.newTeamWithMember();
        Map<String, Object> body = nurse("Fien");
        body.remove("name");
        body.remove("travelMode");
        body.put("skills", List.of("insulin", "Wound Care"));
        body.put("start", point(95, -181));
        body.put("contractMaxHours", 61);
        as(team.memberToken()).body(body).post(nurses(team.teamId())).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("name", "travelMode", "skills[1]", "start.latitude",
                        "start.longitude", "contractMaxHours"));
        for (int level : new int[] {1, 6}) {
            Map<String, Object> badLevel = nurse("Fien");
            badLevel.put("level", level);
            as(team.memberToken()).body(badLevel).post(nurses(team.teamId())).then().statusCode(400)
                    .body("errors.field", contains("level"));
        }
    }

    @Test
    void shouldNameUnknownEnumValuesAndMalformedJson() {
        var team = fixtures.newTeamWithMember();
        Map<String, Object> rocket = nurse("Gijs");
        rocket.put("travelMode", "ROCKET");
        as(team.memberToken()).body(rocket).post(nurses(team.teamId())).then().statusCode(400)
                .body("errors[0].field", equalTo("travelMode"))
                .body("errors[0].message", containsString("BIKE"));
        Map<String, Object> funday = nurse("Gijs");
        funday.put("availability", List.of(window("MONDAY", "07:00", "12:00"), window("FUNDAY", "07:00", "12:00")));
        as(team.memberToken()).body(funday).post(nurses(team.teamId())).then().statusCode(400)
                .body("errors[0].field", equalTo("availability[1].day"));
        as(team.memberToken()).body("{\"name\": \"Gijs\", ").post(nurses(team.teamId())).then().statusCode(400)
                .body("errors.field", hasItem("body"));
    }

    @Test
    void shouldRejectBadWindowsAndHoursWithoutWritingAnything() {
        var team = fixtures.newTeamWithMember();
        Map<String, Object> body = nurse("Hanna");
        body.put("contractMinHours", 30);
        body.put("contractMaxHours", 20);
        body.put("availability", List.of(window("MONDAY", "13:30", "07:00"),
                window("TUESDAY", "07:00", "13:30"), window("TUESDAY", "12:00", "18:00")));
        as(team.memberToken()).body(body).post(nurses(team.teamId())).then().statusCode(400)
                .body("errors.field", contains("contractMinHours", "availability[0].to", "availability[2]"));
        as(team.memberToken()).get(nurses(team.teamId()) + "?archived=false").then().body("totalItems", equalTo(0));
    }

    @Test
    void shouldRejectStaleVersionWithCurrentState() {
        var team = fixtures.newTeamWithMember();
        long id = create(team.memberToken(), nurses(team.teamId()), nurse("Ilse"));
        String one = nurses(team.teamId()) + "/" + id;
        Map<String, Object> renamed = nurse("Ilse Jansen");
        as(team.memberToken()).body(renamed).header("If-Match", "\"0\"").put(one).then().statusCode(200)
                .body("version", equalTo(1)).header("ETag", containsString("1"));
        as(team.memberToken()).body(nurse("Ilse B")).header("If-Match", "\"0\"").put(one).then().statusCode(409)
                .contentType("application/problem+json").body("current.name", equalTo("Ilse Jansen"))
                .body("current.version", equalTo(1));
        Map<String, Object> staleBody = nurse("Ilse C");
        staleBody.put("version", 0);
        as(team.memberToken()).body(staleBody).put(one).then().statusCode(409).body("current.version", equalTo(1));
        as(team.memberToken()).header("If-Match", "\"0\"").delete(one).then().statusCode(409);
        as(team.memberToken()).body(nurse("Ilse D")).put(one).then().statusCode(400)
                .body("errors.field", contains("version"));
    }

    @Test
    void shouldArchiveInsteadOfDelete() {
        var team = fixtures.newTeamWithMember();
        long id = create(team.memberToken(), nurses(team.teamId()), nurse("Joke"));
        as(team.memberToken()).header("If-Match", "\"0\"").delete(nurses(team.teamId()) + "/" + id)
                .then().statusCode(204);
        as(team.memberToken()).get(nurses(team.teamId()) + "/" + id).then().statusCode(200)
                .body("archived", equalTo(true));
        as(team.memberToken()).get(nurses(team.teamId())).then().body("totalItems", equalTo(0));
        as(team.memberToken()).get(nurses(team.teamId()) + "?archived=true").then().body("totalItems", equalTo(1))
                .body("items[0].id", equalTo((int) id));
        as(team.memberToken()).get(nurses(team.teamId()) + "?archived=maybe").then().statusCode(400)
                .body("errors[0].field", equalTo("archived"));
        Map<String, Object> restore = nurse("Joke");
        restore.put("archived", false);
        restore.put("version", 1);
        as(team.memberToken()).body(restore).put(nurses(team.teamId()) + "/" + id).then().statusCode(200)
                .body("archived", equalTo(false));
    }

    @Test
    void shouldPageAndSort() {
        var team = fixtures.newTeamWithMember();
        for (String name : List.of("Bram", "Anouk", "Cor")) {
            create(team.memberToken(), nurses(team.teamId()), nurse(name));
        }
        as(team.memberToken()).get(nurses(team.teamId()) + "?sort=-name&size=2").then().statusCode(200)
                .body("items.name", contains("Cor", "Bram")).body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2)).body("size", equalTo(2));
        as(team.memberToken()).get(nurses(team.teamId()) + "?sort=name&size=2&page=1").then()
                .body("items.name", contains("Cor"));
        as(team.memberToken()).get(nurses(team.teamId()) + "?sort=password").then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        as(team.memberToken()).get(nurses(team.teamId()) + "?size=201").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        as(team.memberToken()).get(nurses(team.teamId()) + "?size=1").then()
                .body("items[0].name", equalTo("Anouk")).body("totalPages", equalTo(3));
    }
}
