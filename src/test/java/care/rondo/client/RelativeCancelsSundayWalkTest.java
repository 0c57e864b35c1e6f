package care.rondo.client;

import care.rondo.testing.CaseloadFixtures;
import care.rondo.testing.Fixtures;
import care.rondo.testing.Slow;
import care.rondo.testing.StepLimitedSolving;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static care.rondo.testing.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/**
 * Issue 16's walk, as "what will be checked" says it, on a small neighbourhood team of three nurses and eight
 * clients: a relative with the link sees next week's visits and asks to cancel Sunday's; the team sees the request,
 * confirms it, re-plans, solves and accepts; the relative looks again: Sunday's visit is gone and every other visit of
 * her week has the same nurse (first name) and the same time range; each look is in the audit. Solves end on a step
 * count ({@link StepLimitedSolving}), never on time; the clock is pinned to Tuesday 1 December 2026 (2026-W49).
 */
@Slow
@QuarkusTest
@TestProfile(StepLimitedSolving.class)
class RelativeCancelsSundayWalkTest {

    private static final String NEXT_WEEK = "2026-W50";
    private static final String SUNDAY = "2026-12-13";

    @Inject
    Fixtures fixtures;

    @Inject
    CaseloadFixtures caseload;

    @Inject
    care.rondo.testing.TestClock clock;

    @BeforeEach
    void pinnedTime() {
        clock.set(Instant.parse("2026-12-01T08:00:00Z"));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    record Team(long id, String token, long client) {
        String path(String rest) {
            return "/api/teams/" + id + rest;
        }

        String roster(long rosterId) {
            return path("/rosters/" + rosterId);
        }
    }

    /** Three morning nurses (with surnames, which the client must never see) and eight clients with daily visits. */
    private Team neighbourhood() {
        var team = fixtures.newTeamWithMember();
        long t = team.teamId();
        LocalTime seven = LocalTime.of(7, 0);
        LocalTime halfPastOne = LocalTime.of(13, 30);
        caseload.nurse(t, "Anna Kuipers", 4, List.of("insulin"), seven, halfPastOne);
        caseload.nurse(t, "Bram de Wit", 3, List.of(), seven, halfPastOne);
        caseload.nurse(t, "Chantal Peters", 3, List.of(), seven, halfPastOne);
        long bakker = caseload.client(t, "Mevrouw Bakker", 52.0950, 5.1100, List.of());
        caseload.carePlan(t, bakker, LocalTime.of(8, 30), LocalTime.of(9, 30), 40, 3, List.of(), 1);
        plan(t, "Mevrouw de Vries", 52.0925, 5.1045, "07:30", "08:00", 15, 4, List.of("insulin"), 1);
        plan(t, "Meneer Jansen", 52.0890, 5.0990, "09:00", "10:00", 30, 3, List.of(), 2);
        plan(t, "Meneer Visser", 52.0870, 5.1060, "10:00", "11:30", 45, 3, List.of(), 1);
        plan(t, "Mevrouw de Boer", 52.0935, 5.0970, "08:00", "10:00", 30, 3, List.of(), 1);
        plan(t, "Meneer Mulder", 52.0960, 5.1030, "11:00", "12:30", 30, 3, List.of(), 1);
        plan(t, "Mevrouw Smit", 52.0880, 5.1120, "07:30", "09:00", 25, 3, List.of(), 1);
        plan(t, "Meneer Meijer", 52.0915, 5.1150, "10:30", "12:00", 20, 3, List.of(), 1);
        return new Team(t, team.memberToken(), bakker);
    }

    private void plan(long teamId, String name, double latitude, double longitude, String from, String to,
                      int minutes, int level, List<String> skills, int nurses) {
        long client = caseload.client(teamId, name, latitude, longitude, List.of());
        caseload.carePlan(teamId, client, LocalTime.parse(from), LocalTime.parse(to), minutes, level, skills, nurses);
    }

    /** Solves with time limits far beyond what the step limit needs, and waits for the end. */
    private static void solve(Team team, long roster) {
        as(team.token()).body(Map.of("seconds", 600, "unimprovedSeconds", 600))
                .post(team.roster(roster) + "/solving").then().statusCode(202);
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500)).until(() ->
                "NOT_SOLVING".equals(as(team.token()).get(team.roster(roster) + "/solving").then().statusCode(200)
                        .extract().path("solverStatus")));
        as(team.token()).get(team.roster(roster) + "/solving").then().body("error", nullValue());
    }

    private static void accept(Team team, long roster) {
        long version = ((Number) as(team.token()).get(team.roster(roster)).then().statusCode(200).extract()
                .path("version")).longValue();
        as(team.token()).body(Map.of("rosterVersion", version, "confirmBrokenHardRules", true))
                .post(team.roster(roster) + "/acceptance").then().statusCode(200);
    }

    /** The relative's look at her week: next week's visits by their identity (date, range, nurses' first names). */
    private static Map<Long, Map<String, Object>> nextWeek(String token) {
        JsonPath view = given().get("/api/client-view/" + token).then().statusCode(200)
                .body("weeks[1].isoWeek", equalTo(NEXT_WEEK)).extract().jsonPath();
        Map<Long, Map<String, Object>> visits = new LinkedHashMap<>();
        for (Map<String, Object> v : view.<Map<String, Object>>getList("weeks[1].visits")) {
            visits.put(((Number) v.get("visitId")).longValue(), v);
        }
        return visits;
    }

    /** What the client reads of a visit: the day, the time range and who comes. */
    private static String seen(Map<String, Object> visit) {
        return visit.get("date") + " " + visit.get("from") + "-" + visit.get("to") + " " + visit.get("nurses");
    }

    @Test
    void relativeCancelsSundayTheTeamConfirmsAndReplansAndTheRestOfHerWeekStays() {
        Team team = neighbourhood();
        long accepted = ((Number) as(team.token()).body(Map.of("isoWeek", NEXT_WEEK)).post(team.path("/rosters"))
                .then().statusCode(201).extract().path("id")).longValue();
        solve(team, accepted);
        accept(team, accepted);
        String page = as(team.token()).body(Map.of("relativeName", "Els"))
                .post(team.path("/clients/" + team.client() + "/link")).then().statusCode(201)
                .extract().path("pageUrl");
        String token = page.substring(page.indexOf('#') + 1);

        // as the relative: next week's seven visits, each with a first name and an hour's range
        Map<Long, Map<String, Object>> before = nextWeek(token);
        assertThat(before).hasSize(7);
        assertThat(before.values()).allSatisfy(v -> {
            assertThat((List<?>) v.get("nurses")).singleElement().isIn("Anna", "Bram", "Chantal");
            assertThat(Duration.between(LocalTime.parse((String) v.get("from")), LocalTime.parse((String) v.get("to"))))
                    .isEqualTo(Duration.ofHours(1));
        });
        long sunday = before.values().stream().filter(v -> SUNDAY.equals(v.get("date"))).map(v -> (Number) v.get("visitId"))
                .findFirst().orElseThrow().longValue();
        given().contentType(ContentType.JSON)
                .body(Map.of("visitId", sunday, "reason", "I am at my daughter's on Sunday"))
                .post("/api/client-view/" + token + "/cancellation-requests").then().statusCode(201)
                .body("status", equalTo("OPEN"));

        // as the team: the request in the feed and in the week's open requests; confirmed
        as(team.token()).queryParam("limit", 200).get(team.path("/events")).then().statusCode(200)
                .body("items.kind", hasItem("CANCELLATION_REQUESTED"));
        String requests = team.path("/cancellation-requests");
        long request = ((Number) as(team.token()).queryParam("status", "OPEN").queryParam("week", NEXT_WEEK)
                .get(requests).then().statusCode(200).body("$", hasSize(1))
                .body("[0].date", equalTo(SUNDAY)).body("[0].requestedBy", equalTo("Els"))
                .body("[0].reason", equalTo("I am at my daughter's on Sunday"))
                .extract().path("[0].id")).longValue();
        as(team.token()).body(Map.of("confirm", true)).post(requests + "/" + request + "/decision").then()
                .statusCode(200).body("status", equalTo("CONFIRMED"));
        as(team.token()).get(team.roster(accepted)).then().statusCode(200).body("needsReplan", equalTo(true));

        // the re-plan: solved and accepted as the week's next version
        long replan = ((Number) as(team.token()).body(Map.of()).post(team.roster(accepted) + "/replans").then()
                .statusCode(201).extract().path("id")).longValue();
        solve(team, replan);
        accept(team, replan);
        as(team.token()).get(team.path("/accepted-rosters")).then().statusCode(200);

        // as the relative again: Sunday's visit is gone, every other visit as she saw it before
        Map<Long, Map<String, Object>> after = nextWeek(token);
        assertThat(after).doesNotContainKey(sunday);
        Map<Long, String> expected = new LinkedHashMap<>();
        before.forEach((id, v) -> {
            if (id != sunday) {
                expected.put(id, seen(v));
            }
        });
        Map<Long, String> actual = new LinkedHashMap<>();
        after.forEach((id, v) -> actual.put(id, seen(v)));
        assertThat(actual).isEqualTo(expected);
        assertThat(after.values()).allSatisfy(v -> assertThat(v.get("cancellation")).isNull());

        // one audit row for each look and for the request, newest first
        as(team.token()).get(team.path("/clients/" + team.client() + "/link-accesses")).then().statusCode(200)
                .body("action", contains("VIEW", "CANCELLATION_REQUEST", "VIEW"));
    }
}
