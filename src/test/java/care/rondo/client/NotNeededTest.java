package care.rondo.client;

import care.rondo.testing.Api;
import care.rondo.testing.PinnedClockTest;
import care.rondo.testing.Slow;
import care.rondo.testing.SmallTeam;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static care.rondo.testing.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/**
 * "Not needed" end to end: the relative asks to cancel Sunday's visit, the team sees it, confirms and re-plans; the
 * visit is gone from her view and the rest of her week is unchanged; every use of the link is audited.
 */
@Slow
@QuarkusTest
class NotNeededTest extends PinnedClockTest {

    private static final String SUNDAY = "2026-12-13";

    private static List<Map<String, Object>> nextWeek(String token) {
        return given().get("/api/client-view/" + token).then().statusCode(200).extract().jsonPath()
                .getList("weeks[1].visits");
    }

    private static Map<String, Object> withoutCancellation(Map<String, Object> visit) {
        Map<String, Object> copy = new java.util.HashMap<>(visit);
        copy.remove("cancellation");
        return copy;
    }

    @Test
    void relativeAsksTeamConfirmsReplansAndSundayIsGoneWithTheRestUnchanged() {
        SmallTeam team = ClientViewTest.acceptedNextWeek(fixtures, caseload);
        long accepted = ((Number) as(team.token()).queryParam("status", "ACCEPTED").get(team.rosters()).then()
                .extract().path("items[0].id")).longValue();
        String token = ClientViewTest.token(team, team.washingClient(), "Els");
        String requests = "/api/client-view/" + token + "/cancellation-requests";

        List<Map<String, Object>> before = nextWeek(token);
        assertThat(before).hasSize(7);
        Map<String, Object> sunday = before.stream().filter(v -> SUNDAY.equals(v.get("date"))).findFirst().orElseThrow();
        long sundayId = ((Number) sunday.get("visitId")).longValue();

        // a reason is needed; a visit not in her view is not found
        given().contentType(ContentType.JSON).body(Map.of("visitId", sundayId, "reason", " ")).post(requests)
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        long hoistVisit = SmallTeam.id(team.visits(accepted).stream()
                .filter(v -> SmallTeam.id(v, "clientId") == team.hoistClient()).findFirst().orElseThrow(), "id");
        given().contentType(ContentType.JSON).body(Map.of("visitId", hoistVisit, "reason", "not mine")).post(requests)
                .then().statusCode(404);

        given().contentType(ContentType.JSON)
                .body(Map.of("visitId", sundayId, "reason", "I am at my daughter's on Sunday")).post(requests)
                .then().statusCode(201).body("status", equalTo("OPEN")).body("visitId", equalTo((int) sundayId));
        given().contentType(ContentType.JSON).body(Map.of("visitId", sundayId, "reason", "again")).post(requests)
                .then().statusCode(409);
        List<Map<String, Object>> asked = nextWeek(token);
        assertThat(asked).filteredOn(v -> SUNDAY.equals(v.get("date"))).singleElement().satisfies(v -> {
            assertThat(v.get("cancellation")).isEqualTo("OPEN");
            assertThat(v.get("requestOpen")).as("the page's flag: she asked, no answer yet").isEqualTo(true);
            assertThat(v.get("requestDeclined")).isEqualTo(false);
        });
        assertThat(asked).filteredOn(v -> !SUNDAY.equals(v.get("date"))).isNotEmpty()
                .allSatisfy(v -> assertThat(List.of(v.get("requestOpen"), v.get("requestDeclined")))
                        .containsOnly(false));

        // the team sees it in its feed (without the client's words) and in the list of open requests
        as(team.token()).queryParam("limit", 200).get("/api/teams/" + team.id() + "/events").then().statusCode(200)
                .body("items.kind", hasItem("CANCELLATION_REQUESTED"))
                .body("items.find { it.kind == 'CANCELLATION_REQUESTED' }.details.visitDate", equalTo(SUNDAY))
                .body("items.find { it.kind == 'CANCELLATION_REQUESTED' }.details.reason", nullValue());
        String list = "/api/teams/" + team.id() + "/cancellation-requests";
        long requestId = ((Number) as(team.token()).queryParam("status", "OPEN").get(list).then().statusCode(200)
                .body("$", hasSize(1)).body("[0].reason", equalTo("I am at my daughter's on Sunday"))
                .body("[0].requestedBy", equalTo("Els")).body("[0].clientName", equalTo("Mevrouw Bakker"))
                .body("[0].date", equalTo(SUNDAY)).extract().path("[0].id")).longValue();
        as(fixtures.coordinator()).get(list).then().statusCode(403);
        // the planning board asks for the open ones of the week it shows
        as(team.token()).queryParam("status", "OPEN").queryParam("week", "2026-W50").get(list).then()
                .statusCode(200).body("id", org.hamcrest.Matchers.contains((int) requestId));
        as(team.token()).queryParam("week", "2026-W51").get(list).then().statusCode(200).body("$", hasSize(0));
        as(team.token()).queryParam("week", "2026-W49").get(list).then().statusCode(200).body("$", hasSize(0));
        as(team.token()).queryParam("week", "week 50").queryParam("status", "open").get(list).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("week", "status"));
        as(team.token()).queryParam("week", "2026-W54").get(list).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.contains("week"));
        // the accepted board is no longer editable, and its visits carry the lineage the request names
        as(team.token()).get(team.roster(accepted) + "/board").then().statusCode(200)
                .body("editable", equalTo(false))
                .body("visits.find { it.lineageId == " + sundayId + " }.date", equalTo(SUNDAY));

        as(team.token()).body(Map.of("confirm", true)).post(list + "/" + requestId + "/decision").then()
                .statusCode(200).body("status", equalTo("CONFIRMED")).body("decidedAt", equalTo("2026-12-01T08:00:00Z"));
        as(team.token()).body(Map.of("confirm", false)).post(list + "/" + requestId + "/decision").then()
                .statusCode(409);
        as(team.token()).get(team.roster(accepted)).then().statusCode(200).body("needsReplan", equalTo(true));

        // gone from her view at once; the rest of her week as it was
        List<Map<String, Object>> afterConfirm = nextWeek(token);
        List<Map<String, Object>> rest = before.stream().filter(v -> !SUNDAY.equals(v.get("date")))
                .map(NotNeededTest::withoutCancellation).toList();
        assertThat(afterConfirm.stream().map(NotNeededTest::withoutCancellation).toList()).isEqualTo(rest);

        // the re-plan cancels it, and once accepted her week is still the same six visits
        long draft = ((Number) as(team.token()).body(Map.of()).post(team.roster(accepted) + "/replans").then()
                .statusCode(201).extract().path("id")).longValue();
        assertThat(team.visits(draft)).filteredOn(v -> SmallTeam.id(v, "clientId") == team.washingClient()
                && SUNDAY.equals(v.get("date"))).singleElement()
                .satisfies(v -> assertThat(v.get("cancelled")).isEqualTo(true));
        // the draft's board is editable; its copies carry the accepted visits' lineage, and Sunday's is not drawn
        long saturdayId = ((Number) before.stream().filter(v -> "2026-12-12".equals(v.get("date"))).findFirst()
                .orElseThrow().get("visitId")).longValue();
        as(team.token()).get(team.roster(draft) + "/board").then().statusCode(200)
                .body("editable", equalTo(true))
                .body("visits.find { it.lineageId == " + saturdayId + " }.date", equalTo("2026-12-12"))
                .body("visits.find { it.lineageId == " + saturdayId + " }.visitId",
                        org.hamcrest.Matchers.not(equalTo((int) saturdayId)))
                .body("visits.lineageId", org.hamcrest.Matchers.not(hasItem((int) sundayId)));
        team.solve(draft);
        Api.as(team.token())
                .body(Map.of("rosterVersion", team.version(draft), "confirmBrokenHardRules", true))
                .post(team.roster(draft) + "/acceptance").then().statusCode(200);
        assertThat(nextWeek(token).stream().map(NotNeededTest::withoutCancellation).toList()).isEqualTo(rest);

        // one audit row per use of the link, refused requests too, newest first
        List<String> actions = as(team.token()).get("/api/teams/" + team.id() + "/clients/" + team.washingClient()
                + "/link-accesses").then().statusCode(200).extract().jsonPath().getList("action");
        assertThat(actions).containsExactly("VIEW", "VIEW", "VIEW", "CANCELLATION_REQUEST", "CANCELLATION_REQUEST",
                "CANCELLATION_REQUEST", "CANCELLATION_REQUEST", "VIEW");
    }

    @Test
    void aDeclinedRequestStaysInHerViewAndSaysTheVisitGoesAhead() {
        SmallTeam team = ClientViewTest.acceptedNextWeek(fixtures, caseload);
        String token = ClientViewTest.token(team, team.washingClient(), null);
        long sundayId = ((Number) nextWeek(token).stream().filter(v -> SUNDAY.equals(v.get("date"))).findFirst()
                .orElseThrow().get("visitId")).longValue();
        given().contentType(ContentType.JSON).body(Map.of("visitId", sundayId, "reason", "My son comes on Sunday"))
                .post("/api/client-view/" + token + "/cancellation-requests").then().statusCode(201);
        long requestId = ((Number) as(team.token()).get("/api/teams/" + team.id() + "/cancellation-requests")
                .then().statusCode(200).body("$", hasSize(1)).extract().path("[0].id")).longValue();

        as(team.token()).body(Map.of("confirm", false))
                .post("/api/teams/" + team.id() + "/cancellation-requests/" + requestId + "/decision").then()
                .statusCode(200).body("status", equalTo("DECLINED"));

        assertThat(nextWeek(token)).filteredOn(v -> SUNDAY.equals(v.get("date"))).singleElement().satisfies(v -> {
            assertThat(v.get("cancellation")).isEqualTo("DECLINED");
            assertThat(v.get("requestDeclined")).as("the page's flag: the team said it goes ahead").isEqualTo(true);
            assertThat(v.get("requestOpen")).isEqualTo(false);
        });
    }
}
