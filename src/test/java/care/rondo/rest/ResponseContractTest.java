package care.rondo.rest;

import care.rondo.testing.Api;
import care.rondo.testing.CaseloadFixtures;
import care.rondo.testing.Fixtures;
import care.rondo.testing.SmallTeam;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated clients trust {@code required} and {@code nullable}: a field declared present and non-null that comes
 * back null breaks them at run time. Real responses of the whole API, read against the served document, and every
 * timestamp in them in the one style the API promises.
 */
@QuarkusTest
class ResponseContractTest {

    private static final String REF = "#/components/schemas/";

    /** One timestamp style: RFC 3339 at whole seconds, UTC stamps or plan times with the team's offset. */
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)");

    @Inject
    Fixtures fixtures;

    @Inject
    CaseloadFixtures caseload;

    @Test
    void shouldDeclareEveryResponseFieldRequiredAndNullOnlyWhereLegal() {
        SmallTeam team = SmallTeam.create(fixtures, caseload);
        long roster = team.createRoster();
        team.solve(roster);
        String base = team.roster(roster);
        Api.as(team.token())
                .body(Map.of("rosterVersion", team.version(roster), "confirmBrokenHardRules", true))
                .post(base + "/acceptance").then().statusCode(200);
        String teamPath = "/api/teams/" + team.id();
        Map<String, String> reads = Map.of(
                base + "/board", "RosterBoard",
                base + "/kpis", "RosterKpis",
                base, "Roster",
                base + "/visits?size=200", "VisitPage",
                base + "/solving", "SolveStatus",
                teamPath + "/nurses", "NursePage",
                teamPath + "/clients", "ClientPage",
                teamPath, "Team",
                teamPath + "/constraint-weights", "TeamWeights",
                teamPath + "/events?limit=200", "EventFeed");
        Map<String, Object> schemas = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().getMap("components.schemas");
        List<String> problems = new ArrayList<>();
        reads.forEach((path, schema) -> {
            Object body = Api.as(team.token()).get(path).then().statusCode(200).extract()
                    .as(Object.class);
            check(schemas, Map.of("$ref", REF + schema), body, path, problems);
        });
        assertThat(problems).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static void check(Map<String, Object> schemas, Map<String, Object> schema, Object value, String where,
                              List<String> problems) {
        if (schema.get("$ref") instanceof String ref) {
            check(schemas, (Map<String, Object>) schemas.get(ref.substring(REF.length())), value, where, problems);
            return;
        }
        if (schema.get("anyOf") instanceof List<?> options) {
            if (value == null && options.stream().anyMatch(o -> "null".equals(((Map<?, ?>) o).get("type")))) {
                return;
            }
            options.stream().map(o -> (Map<String, Object>) o).filter(o -> o.get("$ref") != null).findFirst()
                    .ifPresent(o -> check(schemas, o, value, where, problems));
            return;
        }
        Object type = schema.get("type");
        if (value == null) {
            if (!(type instanceof Collection<?> types && types.contains("null"))) {
                problems.add(where + " is null but not declared nullable");
            }
            return;
        }
        if ("date-time".equals(schema.get("format")) && value instanceof String text
                && !TIMESTAMP.matcher(text).matches()) {
            problems.add(where + " = " + text + " is not RFC 3339 at whole seconds");
        }
        if (schema.get("enum") instanceof List<?> values && !values.contains(value)) {
            problems.add(where + " = " + value + " is not one of " + values);
        }
        if (value instanceof Map<?, ?> object && schema.get("properties") instanceof Map<?, ?> properties) {
            List<?> required = schema.get("required") instanceof List<?> r ? r : List.of();
            properties.forEach((name, property) -> {
                if (!required.contains(name)) {
                    problems.add(where + "." + name + " is always sent but not declared required");
                }
                if (object.containsKey(name)) {
                    check(schemas, (Map<String, Object>) property, object.get(name), where + "." + name, problems);
                } else if (required.contains(name)) {
                    problems.add(where + "." + name + " is required but missing");
                }
            });
        }
        if (value instanceof List<?> list && schema.get("items") instanceof Map<?, ?> items) {
            for (int i = 0; i < list.size(); i++) {
                check(schemas, (Map<String, Object>) items, list.get(i), where + "[" + i + "]", problems);
            }
        }
    }
}
