package care.rondo.client;

import care.rondo.domain.CarePlan;
import care.rondo.domain.Client;
import care.rondo.domain.Nurse;
import care.rondo.testing.Api;
import care.rondo.testing.PinnedClockTest;
import care.rondo.testing.Slow;
import care.rondo.testing.SmallTeam;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static care.rondo.testing.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * "What matters to me" through the client's own link: read only unless the team allows changes on the link; a change
 * is what the team (and the solver) reads next, recorded as the link's; her nurses by first name only, never the
 * team's refusal, never another client's data.
 */
@Slow
@QuarkusTest
class ClientEditsWishesTest extends PinnedClockTest {

    /** Anna and Bram with surnames (which the client must never see), and next week accepted. */
    private SmallTeam acceptedNextWeek() {
        SmallTeam team = SmallTeam.create(fixtures, caseload);
        surnames(team);
        long roster = team.createRoster("2026-W50");
        team.solve(roster);
        Api.as(team.token())
                .body(Map.of("rosterVersion", team.version(roster), "confirmBrokenHardRules", true))
                .post(team.roster(roster) + "/acceptance").then().statusCode(200);
        return team;
    }

    @Transactional
    void surnames(SmallTeam team) {
        Nurse.<Nurse>findById(team.anna()).name = "Anna Kuipers";
        Nurse.<Nurse>findById(team.bram()).name = "Bram de Wit";
    }

    @Transactional
    void refuse(long clientId, long nurseId) {
        Client.<Client>findById(clientId).refusedNurseIds = new java.util.ArrayList<>(List.of(nurseId));
    }

    @Transactional
    long planOf(long clientId) {
        return CarePlan.<CarePlan>find("clientId", clientId).firstResult().id;
    }

    private static String teamWishes(SmallTeam team, long clientId) {
        return "/api/teams/" + team.id() + "/clients/" + clientId + "/wishes";
    }

    private static String link(SmallTeam team, long clientId) {
        return "/api/teams/" + team.id() + "/clients/" + clientId + "/link";
    }

    private static String wishes(String token) {
        return "/api/client-view/" + token + "/wishes";
    }

    /** A link for the client, editing allowed or not, and its token. */
    private static String token(SmallTeam team, long clientId, String relative, boolean mayEditWishes) {
        Map<String, Object> body = new HashMap<>();
        body.put("relativeName", relative);
        body.put("mayEditWishes", mayEditWishes);
        String page = as(team.token()).body(body).post(link(team, clientId)).then().statusCode(201)
                .body("mayEditWishes", equalTo(mayEditWishes)).extract().path("pageUrl");
        return page.substring(page.indexOf('#') + 1);
    }

    private static List<String> actions(SmallTeam team, long clientId) {
        return as(team.token()).get("/api/teams/" + team.id() + "/clients/" + clientId + "/link-accesses").then()
                .statusCode(200).extract().jsonPath().getList("action");
    }

    private static String key(JsonPath view, String firstName) {
        return view.getString("nurses.find { it.firstName == '" + firstName + "' }.key");
    }

    private static Map<String, Object> change(long plan, String notBefore, List<String> liked, List<String> avoided,
                                              String words, long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("timeWishes", List.of(Map.of("carePlanId", plan, "notBefore", notBefore)));
        body.put("likedNurses", liked);
        body.put("avoidedNurses", avoided);
        body.put("continuityImportance", "IMPORTANT");
        body.put("ownWords", words);
        body.put("version", version);
        return body;
    }

    /** Nothing of another client, of the team's internals, or a nurse's surname or id. */
    private static void onlyHers(String raw, SmallTeam team) {
        assertThat(raw).doesNotContain("Kuipers", "de Wit", "Mevrouw", "Meneer", "nurseId", "NurseIds", "refused",
                "clientId", "teamId", "lastChangedBy");
        assertThat(JsonPath.from(raw).getList("nurses.key", String.class))
                .doesNotContain(String.valueOf(team.anna()), String.valueOf(team.bram()));
    }

    @Test
    void withoutTheTeamsLeaveSheReadsHerWishesAndAChangeIs403() {
        SmallTeam team = acceptedNextWeek();
        long plan = planOf(team.hoistClient());
        Map<String, Object> recorded = new HashMap<>();
        recorded.put("timeWishes", List.of(Map.of("carePlanId", plan, "notBefore", "09:15")));
        recorded.put("likedNurseIds", List.of(team.anna()));
        recorded.put("ownWords", "Please ring twice.");
        recorded.put("version", 0);
        as(team.token()).body(recorded).put(teamWishes(team, team.hoistClient())).then().statusCode(200);
        String token = token(team, team.hoistClient(), null, false);

        String raw = given().get(wishes(token)).then().statusCode(200).header("Cache-Control", "no-store")
                .body("editable", equalTo(false))
                .body("carePlans.carePlanId", contains((int) plan)).body("carePlans[0].name", equalTo("care"))
                .body("timeWishes[0].carePlanId", equalTo((int) plan))
                .body("timeWishes[0].notBefore", equalTo("09:15")).body("timeWishes[0].notAfter", nullValue())
                .body("continuityImportance", equalTo("USUAL")).body("ownWords", equalTo("Please ring twice."))
                // what continuity may be, with the words of her page in both its languages
                .body("continuityChoices.value", contains("USUAL", "IMPORTANT", "VERY_IMPORTANT"))
                .body("continuityChoices.en", contains("As usual", "Important", "Very important"))
                .body("continuityChoices.nl", contains("Zoals gewoonlijk", "Belangrijk", "Heel belangrijk"))
                // both visit him double-handed next week: first names only, Anna liked
                .body("nurses.firstName", contains("Anna", "Bram"))
                .body("nurses.liked", contains(true, false)).body("nurses.avoided", contains(false, false))
                .body("version", equalTo(1)).extract().asString();
        onlyHers(raw, team);
        JsonPath view = JsonPath.from(raw);

        given().contentType(ContentType.JSON)
                .body(change(plan, "10:00", List.of(), List.of(key(view, "Anna")), "Changed", 0))
                .put(wishes(token)).then().statusCode(403).contentType(startsWith("application/problem+json"))
                .body("detail", startsWith("The team has not enabled changing wishes"));

        as(team.token()).get(teamWishes(team, team.hoistClient())).then().statusCode(200)
                .body("timeWishes[0].notBefore", equalTo("09:15")).body("likedNurseIds", contains((int) team.anna()))
                .body("avoidedNurseIds", empty()).body("ownWords", equalTo("Please ring twice."))
                .body("lastChangedBy", equalTo("TEAM")).body("version", equalTo(1));
        // both uses are on record, the refused one too
        assertThat(actions(team, team.hoistClient())).containsExactly("WISHES_UPDATE", "WISHES_VIEW");
    }

    @Test
    void withTheTeamsLeaveARelativeChangesWhatTheTeamAndTheSolverRead() {
        SmallTeam team = acceptedNextWeek();
        long plan = planOf(team.hoistClient());
        String token = token(team, team.hoistClient(), "Els", true);
        JsonPath view = given().get(wishes(token)).then().statusCode(200).header("ETag", "\"0\"")
                .body("editable", equalTo(true))
                .body("version", equalTo(0)).body("timeWishes", empty()).extract().jsonPath();

        String raw = given().contentType(ContentType.JSON)
                .body(change(plan, "09:30", List.of(key(view, "Anna")), List.of(key(view, "Bram")),
                        "  Graag eerst koffie.  ", 0))
                .put(wishes(token)).then().statusCode(200).header("Cache-Control", "no-store")
                .body("editable", equalTo(true)).body("timeWishes[0].notBefore", equalTo("09:30"))
                .body("nurses.firstName", contains("Anna", "Bram"))
                .body("nurses.liked", contains(true, false)).body("nurses.avoided", contains(false, true))
                .body("continuityImportance", equalTo("IMPORTANT")).body("ownWords", equalTo("Graag eerst koffie."))
                .extract().asString();
        onlyHers(raw, team);
        long version = JsonPath.from(raw).getLong("version");

        // the team's view, which the solver reads: her time wish, nurses by id, and that the link changed it
        as(team.token()).get(teamWishes(team, team.hoistClient())).then().statusCode(200)
                .body("timeWishes[0].carePlanId", equalTo((int) plan))
                .body("timeWishes[0].notBefore", equalTo("09:30"))
                .body("likedNurseIds", contains((int) team.anna())).body("avoidedNurseIds", contains((int) team.bram()))
                .body("continuityImportance", equalTo("IMPORTANT")).body("ownWords", equalTo("Graag eerst koffie."))
                .body("lastChangedBy", equalTo("CLIENT_LINK")).body("version", equalTo((int) version));

        // the team's history says who changed what, without her words
        String feed = as(team.token()).queryParam("limit", 200).get("/api/teams/" + team.id() + "/events").then()
                .statusCode(200).body("items.kind", hasItem("CLIENT_WISHES_CHANGED")).extract().asString();
        JsonPath events = JsonPath.from(feed);
        assertThat(events.getString("items.find { it.kind == 'CLIENT_WISHES_CHANGED' }.actor"))
                .startsWith("client-link:");
        assertThat(events.getList("items.find { it.kind == 'CLIENT_WISHES_CHANGED' }.details.changed", String.class))
                .containsExactly("timeWishes", "likedNurses", "avoidedNurses", "continuityImportance", "ownWords");
        assertThat(feed).doesNotContain("koffie");

        // sending the same again changes nothing and records no second change
        given().contentType(ContentType.JSON)
                .body(change(plan, "09:30", List.of(key(view, "Anna")), List.of(key(view, "Bram")),
                        "Graag eerst koffie.", version))
                .put(wishes(token)).then().statusCode(200).body("version", equalTo((int) version));
        assertThat(as(team.token()).queryParam("limit", 200).get("/api/teams/" + team.id() + "/events").then()
                .extract().jsonPath().getList("items.kind", String.class))
                .filteredOn("CLIENT_WISHES_CHANGED"::equals).hasSize(1);

        // the team changes them back: the team is the last to have changed them
        Map<String, Object> teamChange = new HashMap<>();
        teamChange.put("timeWishes", List.of());
        teamChange.put("version", version);
        as(team.token()).body(teamChange).put(teamWishes(team, team.hoistClient())).then().statusCode(200)
                .body("lastChangedBy", equalTo("TEAM"));
        assertThat(actions(team, team.hoistClient()))
                .containsExactly("WISHES_UPDATE", "WISHES_UPDATE", "WISHES_VIEW");
    }

    @Test
    void aStaleVersionIs409WithHerCurrentWishesAndNothingElse() {
        SmallTeam team = SmallTeam.create(fixtures, caseload);
        long plan = planOf(team.washingClient());
        String token = token(team, team.washingClient(), null, true);
        given().contentType(ContentType.JSON).body(change(plan, "10:45", List.of(), List.of(), "Eerst", 0))
                .put(wishes(token)).then().statusCode(200).body("version", equalTo(1));
        // meanwhile the team changes them
        Map<String, Object> teamChange = new HashMap<>();
        teamChange.put("timeWishes", List.of(Map.of("carePlanId", plan, "notBefore", "11:00")));
        teamChange.put("ownWords", "Eerst");
        teamChange.put("version", 1);
        as(team.token()).body(teamChange).put(teamWishes(team, team.washingClient())).then().statusCode(200)
                .body("version", equalTo(2));

        String raw = given().contentType(ContentType.JSON)
                .body(change(plan, "10:30", List.of(), List.of(), "Later", 1)).put(wishes(token)).then()
                .statusCode(409).contentType(startsWith("application/problem+json"))
                .body("current.version", equalTo(2)).body("current.timeWishes[0].notBefore", equalTo("11:00"))
                .body("current.editable", equalTo(true)).extract().asString();
        assertThat(raw).doesNotContain("NurseIds", "lastChangedBy", "clientId");
        // If-Match works as well; without any version it is a 400 naming the field
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(change(plan, "10:30", List.of(), List.of(), "Later", 2)).put(wishes(token)).then()
                .statusCode(409);
        Map<String, Object> noVersion = change(plan, "10:30", List.of(), List.of(), "Later", 2);
        noVersion.remove("version");
        given().contentType(ContentType.JSON).body(noVersion).put(wishes(token)).then().statusCode(400)
                .body("errors.field", hasItem("version"));
        as(team.token()).get(teamWishes(team, team.washingClient())).then().statusCode(200)
                .body("timeWishes[0].notBefore", equalTo("11:00")).body("ownWords", equalTo("Eerst"))
                .body("lastChangedBy", equalTo("TEAM"));
    }

    @Test
    void aRevokedOrUnknownLinkIs404() {
        SmallTeam team = SmallTeam.create(fixtures, caseload);
        long plan = planOf(team.washingClient());
        String token = token(team, team.washingClient(), null, true);
        given().get(wishes(token)).then().statusCode(200);
        as(team.token()).delete(link(team, team.washingClient())).then().statusCode(204);
        given().get(wishes(token)).then().statusCode(404).contentType(startsWith("application/problem+json"));
        given().contentType(ContentType.JSON).body(change(plan, "10:45", List.of(), List.of(), "Hallo", 0))
                .put(wishes(token)).then().statusCode(404).contentType(startsWith("application/problem+json"));
        given().get(wishes("not-a-token")).then().statusCode(404);
        as(team.token()).get(teamWishes(team, team.washingClient())).then().statusCode(200)
                .body("version", equalTo(0)).body("ownWords", nullValue());
    }

    @Test
    void anotherClientsCarePlanOrAnUnknownNurseIs400AndNothingIsWritten() {
        SmallTeam team = SmallTeam.create(fixtures, caseload);
        SmallTeam other = SmallTeam.create(fixtures, caseload);
        long plan = planOf(team.washingClient());
        String token = token(team, team.washingClient(), null, true);

        Map<String, Object> bad = change(plan, "10:45", List.of("made-up"), List.of(), "Hallo", 0);
        bad.put("timeWishes", List.of(Map.of("carePlanId", plan, "notBefore", "10:45"),
                Map.of("carePlanId", planOf(team.insulinClient()), "notBefore", "08:00"),
                Map.of("carePlanId", planOf(other.washingClient()), "notBefore", "08:00")));
        given().contentType(ContentType.JSON).body(bad).put(wishes(token)).then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("timeWishes[1].carePlanId"))
                .body("errors.field", hasItem("timeWishes[2].carePlanId"))
                .body("errors.field", hasItem("likedNurses[0]"));

        Map<String, Object> inverted = change(plan, "11:00", List.of(), List.of(), "x".repeat(501), 0);
        inverted.put("timeWishes", List.of(Map.of("carePlanId", plan, "notBefore", "11:00", "notAfter", "10:00")));
        given().contentType(ContentType.JSON).body(inverted).put(wishes(token)).then().statusCode(400)
                .body("errors.field", hasItem("ownWords"));
        inverted.put("ownWords", "Hallo");
        given().contentType(ContentType.JSON).body(inverted).put(wishes(token)).then().statusCode(400)
                .body("errors.field", hasItem("timeWishes[0].notAfter"));

        as(team.token()).get(teamWishes(team, team.washingClient())).then().statusCode(200)
                .body("version", equalTo(0)).body("timeWishes", empty()).body("ownWords", nullValue());
        as(team.token()).get(teamWishes(team, team.insulinClient())).then().statusCode(200)
                .body("timeWishes", empty());
        as(other.token()).get(teamWishes(other, other.washingClient())).then().statusCode(200)
                .body("timeWishes", empty());
    }

    @Test
    void theTeamsRefusalIsNeitherShownNorChangedByTheClient() {
        SmallTeam team = acceptedNextWeek();
        // Bram visited him, then the team refused Bram for him; he had also said he would rather not see Bram
        Map<String, Object> recorded = new HashMap<>();
        recorded.put("avoidedNurseIds", List.of(team.bram()));
        recorded.put("version", 0);
        as(team.token()).body(recorded).put(teamWishes(team, team.hoistClient())).then().statusCode(200);
        refuse(team.hoistClient(), team.bram());
        String token = token(team, team.hoistClient(), null, true);

        String raw = given().get(wishes(token)).then().statusCode(200).body("nurses.firstName", contains("Anna"))
                .extract().asString();
        assertThat(raw).doesNotContain("Bram");
        onlyHers(raw, team);
        JsonPath view = JsonPath.from(raw);
        given().contentType(ContentType.JSON)
                .body(change(planOf(team.hoistClient()), "09:00", List.of(key(view, "Anna")), List.of(), "Hallo",
                        view.getLong("version")))
                .put(wishes(token)).then().statusCode(200).body("nurses.firstName", contains("Anna"));
        // what she cannot see stays as the team left it
        as(team.token()).get(teamWishes(team, team.hoistClient())).then().statusCode(200)
                .body("likedNurseIds", contains((int) team.anna())).body("avoidedNurseIds", contains((int) team.bram()));
        as(team.token()).get("/api/teams/" + team.id() + "/clients/" + team.hoistClient()).then().statusCode(200)
                .body("refusedNurseIds", contains((int) team.bram()));
    }

    @Test
    void theTeamTurnsEditingOnAndOffWithoutANewLink() {
        SmallTeam team = SmallTeam.create(fixtures, caseload);
        long plan = planOf(team.washingClient());
        String token = token(team, team.washingClient(), "Els", false);
        as(team.token()).get(link(team, team.washingClient())).then().statusCode(200)
                .body("mayEditWishes", equalTo(false));

        as(team.token()).body(Map.of("mayEditWishes", true)).put(link(team, team.washingClient())).then()
                .statusCode(200).body("mayEditWishes", equalTo(true)).body("relativeName", equalTo("Els"));
        given().get(wishes(token)).then().statusCode(200).body("editable", equalTo(true));
        given().contentType(ContentType.JSON).body(change(plan, "10:45", List.of(), List.of(), "Hallo", 0))
                .put(wishes(token)).then().statusCode(200);

        as(team.token()).body(Map.of("mayEditWishes", false)).put(link(team, team.washingClient())).then()
                .statusCode(200).body("mayEditWishes", equalTo(false));
        given().get(wishes(token)).then().statusCode(200).body("editable", equalTo(false))
                .body("ownWords", equalTo("Hallo"));
        given().contentType(ContentType.JSON).body(change(plan, "11:00", List.of(), List.of(), "Weg", 0))
                .put(wishes(token)).then().statusCode(403);
        as(team.token()).queryParam("limit", 200).get("/api/teams/" + team.id() + "/events").then().statusCode(200)
                .body("items.findAll { it.kind == 'CLIENT_LINK_WISHES_EDITING' }.details.mayEditWishes",
                        contains(true, false));

        // the team's decision: a body without it is a 400, a coordinator 403, another team's client 404
        as(team.token()).body(Map.of()).put(link(team, team.washingClient())).then().statusCode(400)
                .body("errors.field", hasItem("mayEditWishes"));
        as(fixtures.coordinator()).body(Map.of("mayEditWishes", true)).put(link(team, team.washingClient())).then()
                .statusCode(403);
        SmallTeam other = SmallTeam.create(fixtures, caseload);
        as(team.token()).body(Map.of("mayEditWishes", true)).put(link(team, other.washingClient())).then()
                .statusCode(404);
        as(team.token()).body(Map.of("mayEditWishes", true)).put(link(team, team.insulinClient())).then()
                .statusCode(404);
    }
}
