package care.rondo.rest;

import care.rondo.testing.Api;
import care.rondo.testing.CaseloadFixtures;
import care.rondo.testing.Fixtures;
import care.rondo.testing.Slow;
import care.rondo.testing.SmallTeam;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

@Slow
@QuarkusTest
class RosterSolvingTest {

    @Inject
    Fixtures fixtures;

    @Inject
    CaseloadFixtures caseload;

    private SmallTeam smallTeam() {
        return SmallTeam.create(fixtures, caseload);
    }

    private static String rosters(SmallTeam team) {
        return "/api/teams/" + team.id() + "/rosters";
    }

    private int createRoster(SmallTeam team, String week) {
        return Api.as(team.token()).body(Map.of("isoWeek", week))
                .post(rosters(team)).then().statusCode(201).extract().path("id");
    }

    @Test
    void shouldProposeFeasibleRosterAndExplainIt() {
        SmallTeam team = smallTeam();
        int id = createRoster(team, team.week().iso());
        String roster = rosters(team) + "/" + id;
        // 7 days × (1 insulin + 2 hoist parts + 1 washing + 1 stoma)
        Api.as(team.token()).get(roster).then().statusCode(200).body("visits", equalTo(35))
                .body("status", equalTo("DRAFT"));

        JsonPath readiness = Api.as(team.token()).get(roster + "/readiness").then().statusCode(200)
                .extract().jsonPath();
        assertThat(readiness.getBoolean("ready")).isFalse();
        assertThat(readiness.getList("findings.code")).containsExactly("NO_QUALIFIED_NURSE");
        assertThat(readiness.getList("findings[0].clientIds", Long.class)).containsExactly(team.stomaClient());
        assertThat(readiness.getList("findings[0].visitIds")).hasSize(7);

        Api.as(team.token())
                .body(Map.of("seconds", 20, "unimprovedSeconds", 2))
                .post(roster + "/solving").then().statusCode(202)
                .body("solverStatus", org.hamcrest.Matchers.oneOf("SCHEDULED", "SOLVING", "NOT_SOLVING"))
                .body("requestedAt", org.hamcrest.Matchers.notNullValue());
        Api.as(team.token()).body(Map.of())
                .post(roster + "/solving").then().statusCode(409);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() ->
                Api.as(team.token()).get(roster + "/solving").then().extract()
                        .path("solverStatus").equals("NOT_SOLVING"));

        Api.as(team.token()).get(roster).then().body("status", equalTo("PROPOSED"))
                .body("feasible", equalTo(true)).body("assignedVisits", equalTo(28));

        JsonPath kpis = Api.as(team.token()).get(roster + "/kpis").then().statusCode(200)
                .extract().jsonPath();
        assertThat(kpis.getInt("assignedVisits")).isEqualTo(28);
        assertThat(kpis.getList("unassigned.clientId", Long.class)).hasSize(7).containsOnly(team.stomaClient());
        assertThat(kpis.getString("unassigned[0].reason")).contains("level or skill");
        assertThat(kpis.getDouble("travelMinutes")).isPositive();
        assertThat(kpis.getList("constraints.constraint")).contains("Unassigned visit", "Travel time");

        // Bram is refused by Mevrouw Bakker: the double-handed visit takes both nurses, the washing only Anna.
        List<Map<String, Object>> visits = Api.as(team.token()).queryParam("size", 100)
                .get(roster + "/visits").then().statusCode(200).extract().path("items");
        assertThat(visits).filteredOn(v -> ((Number) v.get("clientId")).longValue() == team.washingClient())
                .allSatisfy(v -> assertThat(((Number) v.get("nurseId")).longValue()).isEqualTo(team.anna()));
        Map<String, Object> washing = visits.stream()
                .filter(v -> ((Number) v.get("clientId")).longValue() == team.washingClient()).findFirst().orElseThrow();
        Api.as(team.token()).get(roster + "/visits/" + washing.get("id") + "/explanation")
                .then().statusCode(200).body("summary", startsWith("Anna visits Mevrouw Bakker on"))
                .body("breaksHardRules", equalTo(false));
        Api.as(team.token()).get(roster + "/nurses/" + team.anna() + "/explanation")
                .then().statusCode(200).body("summary", startsWith("Anna has"));

        // the board says in words how a linked visit belongs to its partner: the hoist transfer's second parts
        JsonPath board = Api.as(team.token()).get(roster + "/board").then().statusCode(200).extract().jsonPath();
        assertThat(board.getList("visits.findAll { it.linkedVisitId != null }.clientId", Long.class))
                .hasSize(7).containsOnly(team.hoistClient());
        assertThat(board.getList("visits.findAll { it.linkedVisitId != null }.linkLabel")).containsOnly("double-handed");
        assertThat(board.getList("visits.findAll { it.linkedVisitId == null }.linkLabel")).containsOnly((Object) null);
    }

    @Test
    void shouldGenerateDstCorrectTimesForLastSundayOfMarch() {
        SmallTeam team = smallTeam();
        int id = createRoster(team, "2026-W13"); // the week of a daylight-saving change, on purpose
        List<String> sundayStarts = Api.as(team.token()).queryParam("size", 100)
                .get(rosters(team) + "/" + id + "/visits").then().statusCode(200)
                .extract().path("items.findAll { it.date == '2026-03-29' }.earliestStart");
        assertThat(sundayStarts).contains("2026-03-29T07:30:00+02:00");
        List<String> saturdayStarts = Api.as(team.token()).queryParam("size", 100)
                .get(rosters(team) + "/" + id + "/visits").then()
                .extract().path("items.findAll { it.date == '2026-03-28' }.earliestStart");
        assertThat(saturdayStarts).contains("2026-03-28T07:30:00+01:00");
    }

    @Test
    void shouldNotRevealOrSolveAnotherTeamsRoster() {
        SmallTeam team = smallTeam();
        int id = createRoster(team, team.week().iso());
        var other = fixtures.newTeamWithMember();
        String roster = rosters(team) + "/" + id;
        Api.as(other.memberToken()).get(roster).then().statusCode(404);
        Api.as(other.memberToken()).body(Map.of())
                .post(roster + "/solving").then().statusCode(404);
        Api.as(other.memberToken()).get(roster + "/kpis").then().statusCode(404);
        given().get(roster).then().statusCode(401);
        Api.as(fixtures.coordinator()).body(Map.of())
                .post(roster + "/solving").then().statusCode(403);
    }

    @Test
    void shouldRejectBadWeekAndDuplicateWeekAndBadLimits() {
        SmallTeam team = smallTeam();
        Api.as(team.token()).body(Map.of("isoWeek", "2026-49"))
                .post(rosters(team)).then().statusCode(400).body("errors.field", hasItem("isoWeek"));
        Api.as(team.token()).body(Map.of("isoWeek", "2026-W60"))
                .post(rosters(team)).then().statusCode(400).body("errors.field", hasItem("isoWeek"));
        int id = createRoster(team, team.week().iso());
        Api.as(team.token()).body(Map.of("isoWeek", team.week().iso()))
                .post(rosters(team)).then().statusCode(409);
        Api.as(team.token()).body(Map.of("seconds", 0))
                .post(rosters(team) + "/" + id + "/solving").then().statusCode(400)
                .body("errors.field", hasItem("seconds"));
    }

    @Test
    void shouldLetTeamTuneSoftWeightsOnly() {
        SmallTeam team = smallTeam();
        String weights = "/api/teams/" + team.id() + "/constraint-weights";
        Api.as(team.token()).get(weights).then().statusCode(200)
                .body("weights.find { it.constraint == 'Travel time' }.editable", equalTo(true))
                .body("weights.find { it.constraint == 'Refused nurse' }.level", equalTo("HARD"))
                .body("weights.find { it.constraint == 'Refused nurse' }.hard", equalTo(true))
                .body("weights.find { it.constraint == 'Travel time' }.hard", equalTo(false))
                .body("weights.find { it.constraint == 'Travel time' }.key", equalTo("travel-time"));
        Api.as(team.token())
                .body(Map.of("weights", Map.of("travel-time", 3)))
                .put(weights).then().statusCode(200)
                .body("weights.find { it.constraint == 'Travel time' }.weight", equalTo(3));
        Api.as(team.token())
                .body(Map.of("weights", Map.of("refused-nurse", 0, "teleportation", 1, "Travel time", 2)))
                .put(weights).then().statusCode(400)
                .body("errors.field", hasItem("weights[refused-nurse]"))
                .body("errors.field", hasItem("weights[teleportation]"))
                .body("errors.field", hasItem("weights[Travel time]")); // a label is not a key
        // the second of two editors who read the same version gets 409 with the current weights to merge from
        long read = Api.as(team.token()).get(weights).then().extract().jsonPath().getLong("version");
        Api.as(team.token()).header("If-Match", "\"" + read + "\"")
                .body(Map.of("weights", Map.of("travel-time", 4))).put(weights).then().statusCode(200);
        Api.as(team.token()).header("If-Match", "\"" + read + "\"")
                .body(Map.of("weights", Map.of("travel-time", 5)))
                .put(weights).then().statusCode(409)
                .body("current.weights.find { it.constraint == 'Travel time' }.weight", equalTo(4));
    }
}
