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

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static care.rondo.testing.SmallTeam.id;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/** The review cycle through the API: override, re-solve around pins, what-if, accept, re-plan, diff, history. */
@Slow
@QuarkusTest
class RosterReviewTest {

    @Inject
    Fixtures fixtures;

    @Inject
    CaseloadFixtures caseload;

    private static Map<String, Object> body(Object... keyValues) {
        Map<String, Object> body = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            body.put((String) keyValues[i], keyValues[i + 1]);
        }
        return body;
    }

    private static Map<String, Object> firstOf(List<Map<String, Object>> visits, long clientId, String date) {
        return visits.stream().filter(v -> id(v, "clientId") == clientId && date.equals(v.get("date"))).findFirst()
                .orElseThrow();
    }

    @Test
    void shouldKeepOverridesAcrossResolveAndRefuseStaleEdits() {
        SmallTeam team = SmallTeam.create(fixtures, caseload);
        long roster = team.createRoster();
        team.solve(roster);
        List<Map<String, Object>> visits = team.visits(roster);
        Map<String, Object> insulin = firstOf(visits, team.insulinClient(), team.week().day(TUESDAY));
        Map<String, Object> washing = firstOf(visits, team.washingClient(), team.week().day(WEDNESDAY));
        long version = team.version(roster);
        Api.as(team.token())
                .body(body("kind", "UNASSIGN", "visitId", insulin.get("id"), "rosterVersion", version))
                .post(team.roster(roster) + "/overrides").then().statusCode(200)
                .body("breaksHardRules", equalTo(false));
        // a second editor still holding the old version loses, and sees the current state
        Api.as(team.token())
                .body(body("kind", "UNASSIGN", "visitId", washing.get("id"), "rosterVersion", version))
                .post(team.roster(roster) + "/overrides").then().statusCode(409)
                .body("current.version", notNullValue());
        // what-if: moving the washing visit to Bram (refused by the client) breaks a hard rule; nothing changes
        long current = team.version(roster);
        Api.as(team.token())
                .body(body("kind", "MOVE", "visitId", washing.get("id"), "nurseId", team.bram()))
                .post(team.roster(roster) + "/overrides/preview").then().statusCode(200)
                .body("breaksHardRules", equalTo(true))
                .body("hardImpacts.constraint", hasItem("Refused nurse"))
                .body("delta.hardScore", equalTo(-1));
        assertThat(team.version(roster)).isEqualTo(current);
        assertThat(id(firstOf(team.visits(roster), team.washingClient(), team.week().day(WEDNESDAY)), "nurseId"))
                .isEqualTo(team.anna());
        // the team overrides anyway (it knows the client changed her mind): allowed, flagged
        String start = team.week().at(WEDNESDAY, "11:15");
        Api.as(team.token()).header("If-Match", "\"" + current + "\"")
                .body(body("kind", "MOVE", "visitId", washing.get("id"), "nurseId", team.bram(), "start", start,
                        "reason", "client agreed by phone"))
                .post(team.roster(roster) + "/overrides").then().statusCode(200)
                .body("breaksHardRules", equalTo(true));

        team.solve(roster);

        List<Map<String, Object>> after = team.visits(roster);
        Map<String, Object> movedWashing = firstOf(after, team.washingClient(), team.week().day(WEDNESDAY));
        assertThat(id(movedWashing, "nurseId")).isEqualTo(team.bram());
        assertThat(movedWashing.get("plannedStart")).isEqualTo(start);
        assertThat(movedWashing.get("pinned")).isEqualTo(true);
        Map<String, Object> unassignedInsulin = after.stream().filter(v -> v.get("id").equals(insulin.get("id")))
                .findFirst().orElseThrow();
        assertThat(unassignedInsulin.get("nurseId")).isNull();

        // accepting with a broken hard rule needs an explicit confirmation
        long v = team.version(roster);
        Api.as(team.token()).body(body("rosterVersion", v))
                .post(team.roster(roster) + "/acceptance").then().statusCode(409);
        Api.as(team.token())
                .body(body("rosterVersion", v - 1, "confirmBrokenHardRules", true))
                .post(team.roster(roster) + "/acceptance").then().statusCode(409);
        Api.as(team.token())
                .body(body("rosterVersion", v, "confirmBrokenHardRules", true))
                .post(team.roster(roster) + "/acceptance").then().statusCode(200)
                .body("versionNumber", equalTo(1)).body("hardRulesBroken", equalTo(true));
        Api.as(team.token())
                .body(body("rosterVersion", team.version(roster), "confirmBrokenHardRules", true))
                .post(team.roster(roster) + "/acceptance").then().statusCode(409);
        Api.as(team.token())
                .body(body("kind", "UNPIN", "visitId", washing.get("id"), "rosterVersion", team.version(roster)))
                .post(team.roster(roster) + "/overrides").then().statusCode(409);

        JsonPath history = Api.as(team.token()).get(team.roster(roster) + "/history").then()
                .statusCode(200).extract().jsonPath();
        assertThat(history.getList("items.kind")).contains("OVERRIDE", "SOLVE_REQUESTED", "SOLVE_FINISHED", "ACCEPTED");
        assertThat(history.getList("items.details.reason")).contains("client agreed by phone");
    }

    @Test
    void shouldReplanAroundAbsenceWithFewChangesAndShowDiff() {
        SmallTeam team = SmallTeam.create(fixtures, caseload);
        long roster = team.createRoster();
        team.solve(roster);
        Api.as(team.token())
                .body(body("rosterVersion", team.version(roster), "confirmBrokenHardRules", true))
                .post(team.roster(roster) + "/acceptance").then().statusCode(200).body("versionNumber", equalTo(1));

        // Bram calls in sick from Wednesday to Friday; the team re-plans from Tuesday evening on
        Api.as(team.token())
                .body(body("kind", "SICKNESS", "from", team.week().at(WEDNESDAY, "00:00"),
                        "to", team.week().at(SATURDAY, "00:00")))
                .post("/api/teams/" + team.id() + "/nurses/" + team.bram() + "/absences").then().statusCode(201);
        Api.as(team.token()).get(team.roster(roster)).then().body("needsReplan", equalTo(true));
        long draft = ((Number) Api.as(team.token())
                .body(body("freezeAt", team.week().at(TUESDAY, "18:00")))
                .post(team.roster(roster) + "/replans").then().statusCode(201).extract().path("id")).longValue();
        Api.as(team.token()).body(body())
                .post(team.roster(roster) + "/replans").then().statusCode(409);
        List<Map<String, Object>> copied = team.visits(draft);
        assertThat(copied).filteredOn(v -> ((String) v.get("date")).compareTo(team.week().day(TUESDAY)) <= 0)
                .allSatisfy(v -> assertThat(v.get("pinned")).isEqualTo(true));

        team.solve(draft);

        JsonPath diff = Api.as(team.token()).get(team.roster(draft) + "/diff").then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> changes = diff.getList("changes");
        assertThat(changes).isNotEmpty();
        // Bram's visits on his sick days move to Anna or stay undone; Anna's own visits only shift in time, and
        // only on those days: nothing else of the accepted week changes
        List<String> sickDays = List.of(team.week().day(WEDNESDAY), team.week().day(THURSDAY),
                team.week().day(FRIDAY));
        Map<Long, String> clientNames = Map.of(team.insulinClient(), "Mevrouw de Vries", team.hoistClient(),
                "Meneer Jansen", team.washingClient(), "Mevrouw Bakker", team.stomaClient(), "Meneer Visser");
        Map<Long, String> dateOf = new HashMap<>();
        team.visits(draft).forEach(v -> dateOf.put(id(v, "id"), (String) v.get("date")));
        for (Map<String, Object> change : changes) {
            assertThat(sickDays).contains(dateOf.get(id(change, "visitId")));
            if (id(change, "fromNurseId") == team.anna() && "UNASSIGNED".equals(change.get("kind"))) {
                // with Bram away nobody can be Anna's second pair of hands for the hoist transfer
                assertThat(id(change, "clientId")).isEqualTo(team.hoistClient());
            } else if (id(change, "fromNurseId") == team.anna()) {
                assertThat(change.get("kind")).isEqualTo("RESCHEDULED");
            } else {
                assertThat(id(change, "fromNurseId")).isEqualTo(team.bram());
            }
            // in words, as the board shows it: the client, then what changed for her
            String description = (String) change.get("description");
            assertThat(description).startsWith(clientNames.get(id(change, "clientId")) + ": ");
            switch ((String) change.get("kind")) {
                case "MOVED_TO_OTHER_NURSE" -> assertThat(description).contains(": Bram → Anna (");
                case "UNASSIGNED" -> assertThat(description).endsWith("no longer planned (was "
                        + (id(change, "fromNurseId") == team.anna() ? "Anna" : "Bram") + ")");
                case "RESCHEDULED" ->
                        assertThat(description).matches(".*: \\w{3} \\d\\d:\\d\\d → \\w{3} \\d\\d:\\d\\d");
                default -> { }
            }
        }
        assertThat(diff.getList("nursesAffected", Long.class)).contains(team.bram());
        List<Map<String, Object>> replanned = team.visits(draft);
        assertThat(replanned).filteredOn(v -> sickDays.contains(v.get("date")))
                .allSatisfy(v -> assertThat(id(v, "nurseId")).isNotEqualTo(team.bram()));

        Api.as(team.token())
                .body(body("rosterVersion", team.version(draft), "confirmBrokenHardRules", true))
                .post(team.roster(draft) + "/acceptance").then().statusCode(200).body("versionNumber", equalTo(2));
        Api.as(team.token()).get(team.roster(roster)).then().body("status", equalTo("SUPERSEDED"))
                .body("inForce", equalTo(false)).body("editable", equalTo(false));
        Api.as(team.token()).get(team.roster(draft) + "/board").then().body("inForce", equalTo(true))
                .body("editable", equalTo(false));
        Api.as(team.token()).get("/api/teams/" + team.id() + "/accepted-rosters").then()
                .statusCode(200).body("totalItems", equalTo(2));
        assertThat(Api.as(team.token()).get(team.roster(draft) + "/history").then().extract()
                .jsonPath().getList("items.kind")).contains("REPLAN_STARTED", "ACCEPTED");
    }

    /**
     * The flow end to end. It passes even without the guard it is about when the override lands before the solver
     * has loaded the problem; StaleSolverWriteTest tests the guard itself.
     */
    @Test
    void shouldKeepAnOverrideMadeWhileSolving() {
        SmallTeam team = SmallTeam.create(fixtures, caseload);
        long roster = team.createRoster();
        team.solve(roster);
        Map<String, Object> washing = firstOf(team.visits(roster), team.washingClient(), team.week().day(WEDNESDAY));
        Api.as(team.token())
                .body(body("seconds", 20, "unimprovedSeconds", 3))
                .post(team.roster(roster) + "/solving").then().statusCode(202);
        // the solver is running and will write its answers; the team's decision must win over them
        Api.as(team.token())
                .body(body("kind", "UNASSIGN", "visitId", washing.get("id"), "rosterVersion", team.version(roster)))
                .post(team.roster(roster) + "/overrides").then().statusCode(200);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> "NOT_SOLVING".equals(
                Api.as(team.token()).get(team.roster(roster) + "/solving").then().extract()
                        .path("solverStatus")));
        Map<String, Object> after = team.visits(roster).stream().filter(v -> v.get("id").equals(washing.get("id")))
                .findFirst().orElseThrow();
        assertThat(after.get("pinned")).isEqualTo(true);
        assertThat(after.get("nurseId")).isNull();
    }

    @Test
    void shouldRefuseAcceptWhileSolvingAndOverridesFromOtherTeams() {
        SmallTeam team = SmallTeam.create(fixtures, caseload);
        var other = fixtures.newTeamWithMember();
        long roster = team.createRoster();
        Api.as(team.token()).body(body("seconds", 30))
                .post(team.roster(roster) + "/solving").then().statusCode(202);
        Api.as(team.token())
                .body(body("rosterVersion", team.version(roster), "confirmBrokenHardRules", true))
                .post(team.roster(roster) + "/acceptance").then().statusCode(409);
        Api.as(team.token()).delete(team.roster(roster) + "/solving").then().statusCode(200);
        Api.as(other.memberToken())
                .body(body("kind", "LOCK_DAY", "nurseId", team.anna(), "day", team.week().day(TUESDAY),
                        "rosterVersion", 0))
                .post(team.roster(roster) + "/overrides").then().statusCode(404);
        Api.as(team.token())
                .body(body("kind", "TELEPORT", "visitId", 1))
                .post(team.roster(roster) + "/overrides").then().statusCode(400).body("errors.field", hasItem("kind"));
    }
}
