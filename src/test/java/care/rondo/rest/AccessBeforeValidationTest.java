package care.rondo.rest;

import care.rondo.testing.Api;
import care.rondo.testing.CaseloadFixtures;
import care.rondo.testing.Fixtures;
import care.rondo.testing.SmallTeam;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import static care.rondo.testing.SmallTeam.id;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Access is decided before validation (another team's ids are 404 whatever else the request holds), every
 * invalid query parameter is named in one 400, and a missing roster version is named as the field the client sends.
 */
@QuarkusTest
class AccessBeforeValidationTest {

    @Inject
    Fixtures fixtures;

    @Inject
    CaseloadFixtures caseload;

    @Test
    void anotherTeamsIdsAre404EvenWithAMalformedBodyOrQuery() {
        SmallTeam theirs = SmallTeam.create(fixtures, caseload);
        long theirRoster = theirs.createRoster();
        var mine = fixtures.newTeamWithMember();
        String me = mine.memberToken();

        // their team in the path
        Api.as(me).body("{\"kind\": ")
                .post(theirs.roster(theirRoster) + "/overrides").then().statusCode(404)
                .contentType("application/problem+json");
        Api.as(me).body(Map.of("kind", "TELEPORT"))
                .post(theirs.roster(theirRoster) + "/overrides/preview").then().statusCode(404);
        Api.as(me).body(Map.of("name", ""))
                .post("/api/teams/" + theirs.id() + "/clients").then().statusCode(404);
        Api.as(me).queryParam("page", -1).queryParam("sort", "nonsense")
                .get("/api/teams/" + theirs.id() + "/clients").then().statusCode(404);
        // my team in the path, their roster, nurse or client under it
        String myTeam = "/api/teams/" + mine.teamId();
        Api.as(me).body("[1, 2")
                .post(myTeam + "/rosters/" + theirRoster + "/overrides").then().statusCode(404);
        Api.as(me).body(Map.of("isoWeek", "no week"))
                .post(myTeam + "/rosters/" + theirRoster + "/acceptance").then().statusCode(404);
        Api.as(me).body(Map.of("from", "yesterday"))
                .post(myTeam + "/nurses/" + theirs.anna() + "/absences").then().statusCode(404);
        Api.as(me).queryParam("size", 0)
                .get(myTeam + "/clients/" + theirs.washingClient() + "/care-plans").then().statusCode(404);
        // the owners themselves get the 400, as before
        Api.as(theirs.token()).body("{\"kind\": ")
                .post(theirs.roster(theirRoster) + "/overrides").then().statusCode(400);
    }

    @Test
    void everyInvalidQueryParameterIsNamedInOneAnswer() {
        var team = fixtures.newTeamWithMember();
        Api.as(team.memberToken())
                .queryParam("page", -1).queryParam("size", 0).queryParam("sort", "shoeSize")
                .queryParam("archived", "perhaps")
                .get("/api/teams/" + team.teamId() + "/clients").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("archived", "page", "size", "sort"));
        Api.as(team.memberToken()).queryParam("size", 500).queryParam("sort", "-shoeSize")
                .get("/api/teams/" + team.teamId() + "/rosters").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("size", "sort"));

        // values that are not numbers at all: JAX-RS would answer 404 for these
        Api.as(team.memberToken()).queryParam("page", "first").queryParam("size", "ten")
                .get("/api/teams/" + team.teamId() + "/rosters").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("page", "size"));

        long nurse = caseload.nurse(team.teamId(), "Nora", 3, List.of(), LocalTime.of(7, 0), LocalTime.of(13, 0));
        Api.as(fixtures.nurseToken(team.teamId(), nurse))
                .queryParam("week", "next week").queryParam("page", -2).queryParam("size", 999)
                .get("/api/me/visits").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("page", "size", "week"));
    }

    @Test
    void aMissingRosterVersionIsNamedAsSuch() {
        SmallTeam team = SmallTeam.create(fixtures, caseload);
        long roster = team.createRoster();
        Map<String, Object> visit = team.visits(roster).get(0);
        Api.as(team.token())
                .body(Map.of("kind", "UNASSIGN", "visitId", id(visit, "id")))
                .post(team.roster(roster) + "/overrides").then().statusCode(400)
                .body("errors.field", hasItem("rosterVersion"))
                .body("errors.size()", equalTo(1));
        Api.as(team.token()).body(Map.of("confirmBrokenHardRules", true))
                .post(team.roster(roster) + "/acceptance").then().statusCode(400)
                .body("errors.field", hasItem("rosterVersion"));
    }
}
