package care.rondo.rest;

import care.rondo.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static care.rondo.testing.Api.as;
import static care.rondo.testing.Api.create;
import static care.rondo.testing.Bodies.absence;
import static care.rondo.testing.Bodies.nurse;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
class AbsenceResourceTest {

    @Inject
    Fixtures fixtures;

    private record Setup(long teamId, String token, String absences) {
    }

    private Setup teamWithNurse() {
        var team = fixtures.newTeamWithMember();
        long nurse = create(team.memberToken(), "/api/teams/" + team.teamId() + "/nurses", nurse("Anna"));
        return new Setup(team.teamId(), team.memberToken(),
                "/api/teams/" + team.teamId() + "/nurses/" + nurse + "/absences");
    }

    @Test
    void shouldRejectUnauthenticated() {
        Setup s = teamWithNurse();
        given().get(s.absences()).then().statusCode(401);
        given().contentType("application/json").body(absence("2026-03-02T07:00:00+01:00", "2026-03-03T07:00:00+01:00"))
                .post(s.absences()).then().statusCode(401);
    }

    @Test
    void shouldCreateListFilterAndDelete() {
        Setup s = teamWithNurse();
        Map<String, Object> leave = absence("2026-03-02T00:00:00+01:00", "2026-03-07T00:00:00+01:00");
        leave.put("note", "Holiday");
        String location = as(s.token()).body(leave).post(s.absences()).then().statusCode(201)
                .body("from", equalTo("2026-03-01T23:00:00Z")).body("kind", equalTo("LEAVE"))
                .extract().header("Location");
        Map<String, Object> training = absence("2026-04-10T09:00:00+02:00", "2026-04-10T17:00:00+02:00");
        training.put("kind", "TRAINING");
        create(s.token(), s.absences(), training);
        as(s.token()).get(location).then().statusCode(200).body("note", equalTo("Holiday"));
        as(s.token()).get(s.absences() + "?sort=-from").then().statusCode(200)
                .body("items.kind", contains("TRAINING", "LEAVE"));
        as(s.token()).queryParam("from", "2026-04-01T00:00:00+02:00").get(s.absences()).then()
                .body("items.kind", contains("TRAINING"));
        as(s.token()).queryParam("from", "yesterday").get(s.absences()).then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        as(s.token()).get(s.absences() + "?sort=note").then().statusCode(400).body("errors[0].field", equalTo("sort"));
        as(s.token()).delete(location).then().statusCode(204);
        as(s.token()).get(location).then().statusCode(404);
        as(s.token()).get(s.absences()).then().body("totalItems", equalTo(1));
    }

    @Test
    void shouldNotRevealAnotherTeamsAbsences() {
        Setup own = teamWithNurse();
        Setup other = teamWithNurse();
        long theirs = create(other.token(), other.absences(),
                absence("2026-03-02T07:00:00+01:00", "2026-03-03T07:00:00+01:00"));
        String theirNurseUnderMyTeam = other.absences().replace("/teams/" + other.teamId(), "/teams/" + own.teamId());
        String me = own.token();
        as(me).get(other.absences()).then().statusCode(404);
        as(me).get(theirNurseUnderMyTeam).then().statusCode(404);
        as(me).get(other.absences() + "/" + theirs).then().statusCode(404);
        as(me).body(absence("2026-03-02T07:00:00+01:00", "2026-03-03T07:00:00+01:00")).post(other.absences())
                .then().statusCode(404);
        as(me).body(absence("2026-03-02T07:00:00+01:00", "2026-03-03T07:00:00+01:00")).post(theirNurseUnderMyTeam)
                .then().statusCode(404);
        as(me).delete(other.absences() + "/" + theirs).then().statusCode(404);
        as(me).delete(theirNurseUnderMyTeam + "/" + theirs).then().statusCode(404);
        as(other.token()).get(other.absences() + "/" + theirs).then().statusCode(200);
    }

    @Test
    void shouldLetCoordinatorReadButNotWrite() {
        Setup s = teamWithNurse();
        long id = create(s.token(), s.absences(), absence("2026-03-02T07:00:00+01:00", "2026-03-03T07:00:00+01:00"));
        String coordinator = fixtures.coordinator();
        as(coordinator).get(s.absences()).then().statusCode(200).body("totalItems", equalTo(1));
        as(coordinator).body(absence("2026-03-04T07:00:00+01:00", "2026-03-05T07:00:00+01:00")).post(s.absences())
                .then().statusCode(403);
        as(coordinator).delete(s.absences() + "/" + id).then().statusCode(403);
    }

    @Test
    void shouldNameInvalidFields() {
        Setup s = teamWithNurse();
        as(s.token()).body(Map.of("note", "x".repeat(201))).post(s.absences()).then().statusCode(400)
                .body("errors.field", contains("from", "kind", "note", "to"));
        Map<String, Object> sick = absence("2026-03-02T07:00:00+01:00", "2026-03-03T07:00:00+01:00");
        sick.put("kind", "HANGOVER");
        as(s.token()).body(sick).post(s.absences()).then().statusCode(400)
                .body("errors[0].field", equalTo("kind")).body("errors[0].message", containsString("SICKNESS"));
        as(s.token()).body(absence("2026-03-03T07:00:00+01:00", "2026-03-02T07:00:00+01:00")).post(s.absences())
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        as(s.token()).body(absence("2026-03-02T07:00:00", "2026-03-03T07:00:00+01:00")).post(s.absences())
                .then().statusCode(400).body("errors.field", hasItems("from"));
        as(s.token()).body("{\"kind\":").post(s.absences()).then().statusCode(400)
                .body("errors[0].field", equalTo("body"));
        as(s.token()).get(s.absences()).then().body("totalItems", equalTo(0));
    }
}
