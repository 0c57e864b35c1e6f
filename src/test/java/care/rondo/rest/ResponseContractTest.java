package care.rondo.rest;

import care.rondo.testing.Api;
import care.rondo.testing.Bodies;
import care.rondo.testing.CaseloadFixtures;
import care.rondo.testing.Fixtures;
import care.rondo.testing.Slow;
import care.rondo.testing.SmallTeam;
import care.rondo.testing.TestWeek;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Generated clients trust {@code required} and {@code nullable}: a field declared present and non-null that comes
 * back null breaks them at run time. Real responses of the whole team API (a solved, accepted, re-planned week with
 * an absence, an override and a what-if), each read against the schema the served document gives its operation, and
 * every timestamp in them in the one style the API promises: declared date-time fields and any other string that
 * holds a moment (the details of history events).
 */
@Slow
@QuarkusTest
class ResponseContractTest {

    private static final String REF = "#/components/schemas/";

    /** One timestamp style: RFC 3339 at whole seconds, UTC stamps or plan times with the team's offset. */
    private static final Pattern TIMESTAMP =
            Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)");

    /** A string that holds a moment, whatever its style. */
    private static final Pattern MOMENT = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d.*");

    /** Responses that hold moments in this week's story (KPIs, explanations, weights and previews hold none). */
    private static final List<String> HOLD_MOMENTS = List.of("/solving", "/absences", "/replans", "/acceptance",
            "/board", "/rosters/{rosterId}", "/visits", "/diff", "/history", "/rosters", "/accepted-rosters",
            "/events", "/api/accounts", "/api/accounts/{accountId}");

    @Inject
    Fixtures fixtures;

    @Inject
    CaseloadFixtures caseload;

    private Map<String, Object> document;
    private final List<String> problems = new ArrayList<>();
    /** Per checked response, how many moments it held. */
    private final Map<String, Integer> moments = new LinkedHashMap<>();

    @Test
    void shouldDeclareEveryResponseFieldRequiredAndNullOnlyWhereLegal() {
        document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().getMap("");
        SmallTeam team = SmallTeam.create(fixtures, caseload);
        TestWeek week = team.week();
        String teams = "/api/teams/{teamId}";
        String rosters = teams + "/rosters/{rosterId}";
        String teamPath = "/api/teams/" + team.id();
        long roster = team.createRoster();
        String base = team.roster(roster);

        // a solve: its 202 and its status once ended
        check("post", rosters + "/solving", 202, Api.as(team.token())
                .body(Map.of("seconds", 20, "unimprovedSeconds", 3)).post(base + "/solving"));
        awaitSolved(team, base);
        check("get", rosters + "/solving", 200, Api.as(team.token()).get(base + "/solving"));
        check("post", rosters + "/acceptance", 200, Api.as(team.token())
                .body(Map.of("rosterVersion", team.version(roster), "confirmBrokenHardRules", true))
                .post(base + "/acceptance"));

        // Bram away from Wednesday to Friday, after acceptance: the week needs a re-plan
        String absences = teamPath + "/nurses/" + team.bram() + "/absences";
        check("post", teams + "/nurses/{nurseId}/absences", 201, Api.as(team.token())
                .body(Bodies.absence(week.at(WEDNESDAY, "00:00"), week.at(SATURDAY, "00:00"))).post(absences));
        Response replan = Api.as(team.token()).body(Map.of("freezeAt", week.at(TUESDAY, "18:00")))
                .post(base + "/replans");
        check("post", rosters + "/replans", 201, replan);
        long draft = replan.then().extract().jsonPath().getLong("id");
        String draftPath = team.roster(draft);
        team.solve(draft);

        // an override whose start has a fraction of a second: its history entry still names a whole second
        Map<String, Object> insulin = team.visits(draft).stream()
                .filter(v -> SmallTeam.id(v, "clientId") == team.insulinClient())
                .filter(v -> week.day(THURSDAY).equals(v.get("date"))).findFirst().orElseThrow();
        check("post", rosters + "/overrides", 200, Api.as(team.token()).body(Map.of("kind", "MOVE",
                "visitId", insulin.get("id"), "nurseId", team.anna(), "start", week.at(THURSDAY, "07:45:30.25"),
                "rosterVersion", team.version(draft))).post(draftPath + "/overrides"));
        Map<String, Object> washing = team.visits(draft).stream()
                .filter(v -> SmallTeam.id(v, "clientId") == team.washingClient())
                .filter(v -> week.day(THURSDAY).equals(v.get("date"))).findFirst().orElseThrow();
        check("post", rosters + "/overrides/preview", 200, Api.as(team.token())
                .body(Map.of("kind", "MOVE", "visitId", washing.get("id"), "nurseId", team.anna(),
                        "start", week.at(THURSDAY, "10:40")))
                .post(draftPath + "/overrides/preview"));

        Map<String, String> reads = new LinkedHashMap<>();
        reads.put(rosters + "/board", draftPath + "/board");
        reads.put(rosters + "/kpis", draftPath + "/kpis");
        reads.put(rosters, draftPath);
        reads.put(rosters + "/visits", draftPath + "/visits?size=200");
        reads.put(rosters + "/solving", draftPath + "/solving");
        reads.put(rosters + "/diff", draftPath + "/diff");
        reads.put(rosters + "/history", draftPath + "/history");
        reads.put(rosters + "/visits/{visitId}/explanation",
                draftPath + "/visits/" + washing.get("id") + "/explanation");
        reads.put(rosters + "/nurses/{nurseId}/explanation", draftPath + "/nurses/" + team.anna() + "/explanation");
        reads.put(teams + "/rosters", teamPath + "/rosters");
        reads.put(teams + "/accepted-rosters", teamPath + "/accepted-rosters");
        reads.put(teams + "/nurses", teamPath + "/nurses");
        reads.put(teams + "/nurses/{nurseId}/absences", absences);
        reads.put(teams + "/clients", teamPath + "/clients");
        reads.put(teams, teamPath);
        reads.put(teams + "/constraint-weights", teamPath + "/constraint-weights");
        reads.put(teams + "/events", teamPath + "/events?limit=200");
        reads.forEach((template, path) -> check("get", template, 200, Api.as(team.token()).get(path)));

        String admin = fixtures.admin();
        check("get", "/api/accounts", 200, Api.as(admin).get("/api/accounts?size=100"));
        long account = Api.as(admin).get("/api/accounts?size=1").then().extract().jsonPath().getLong("items[0].id");
        check("get", "/api/accounts/{accountId}", 200, Api.as(admin).get("/api/accounts/" + account));

        assertThat(problems).isEmpty();
        // the moments the style is about were there to be checked
        assertThat(moments).as("moments per response").allSatisfy((response, count) -> {
            if (HOLD_MOMENTS.stream().anyMatch(response::endsWith)) {
                assertThat(count).as(response).isPositive();
            }
        });
    }

    private void awaitSolved(SmallTeam team, String base) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> "NOT_SOLVING".equals(
                Api.as(team.token()).get(base + "/solving").then().extract().path("solverStatus")));
    }

    /** The response against the schema the document declares for this operation and status. */
    @SuppressWarnings("unchecked")
    private void check(String method, String template, int status, Response response) {
        response.then().statusCode(status);
        Map<String, Object> paths = (Map<String, Object>) document.get("paths");
        Map<String, Object> operation = (Map<String, Object>) ((Map<String, Object>) paths.get(template)).get(method);
        Map<String, Object> answer = (Map<String, Object>) ((Map<String, Object>) operation.get("responses"))
                .get(String.valueOf(status));
        Map<String, Object> schema = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) answer
                .get("content")).get("application/json")).get("schema");
        String where = method.toUpperCase() + " " + template;
        int before = seen;
        check(schema, response.as(Object.class), where);
        moments.merge(where, seen - before, Integer::sum);
    }

    private int seen;

    @SuppressWarnings("unchecked")
    private void check(Map<String, Object> schema, Object value, String where) {
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) document.get("components"))
                .get("schemas");
        if (schema.get("$ref") instanceof String ref) {
            check((Map<String, Object>) schemas.get(ref.substring(REF.length())), value, where);
            return;
        }
        if (schema.get("anyOf") instanceof List<?> options) {
            if (value == null && options.stream().anyMatch(o -> "null".equals(((Map<?, ?>) o).get("type")))) {
                return;
            }
            options.stream().map(o -> (Map<String, Object>) o).filter(o -> o.get("$ref") != null).findFirst()
                    .ifPresent(o -> check(o, value, where));
            return;
        }
        Object type = schema.get("type");
        if (value == null) {
            if (!(type instanceof Collection<?> types && types.contains("null"))) {
                problems.add(where + " is null but not declared nullable");
            }
            return;
        }
        if (value instanceof String text
                && ("date-time".equals(schema.get("format")) || MOMENT.matcher(text).matches())) {
            seen++;
            if (!TIMESTAMP.matcher(text).matches()) {
                problems.add(where + " = " + text + " is not RFC 3339 at whole seconds");
            }
        }
        if (schema.get("enum") instanceof List<?> values && !values.contains(value)) {
            problems.add(where + " = " + value + " is not one of " + values);
        }
        if (value instanceof Map<?, ?> object) {
            Map<?, ?> properties = schema.get("properties") instanceof Map<?, ?> p ? p : Map.of();
            List<?> required = schema.get("required") instanceof List<?> r ? r : List.of();
            properties.forEach((name, property) -> {
                if (!required.contains(name)) {
                    problems.add(where + "." + name + " is always sent but not declared required");
                }
                if (object.containsKey(name)) {
                    check((Map<String, Object>) property, object.get(name), where + "." + name);
                } else if (required.contains(name)) {
                    problems.add(where + "." + name + " is required but missing");
                }
            });
            // free-form maps (an event's details): no schema per entry, but their moments keep the style too
            object.forEach((name, entry) -> {
                if (!properties.containsKey(name) && entry != null) {
                    check(Map.of(), entry, where + "." + name);
                }
            });
        }
        if (value instanceof List<?> list) {
            Map<String, Object> items = schema.get("items") instanceof Map<?, ?> i ? (Map<String, Object>) i : Map.of();
            for (int i = 0; i < list.size(); i++) {
                check(items, list.get(i), where + "[" + i + "]");
            }
        }
    }
}
