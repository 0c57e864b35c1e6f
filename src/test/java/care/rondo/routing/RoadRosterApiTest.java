package care.rondo.routing;

import care.rondo.domain.TravelMode;
import care.rondo.planning.GreatCircleTravelTimeMatrix;
import care.rondo.planning.Location;
import care.rondo.planning.PlanningTravelMode;
import care.rondo.testing.Api;
import care.rondo.testing.CaseloadFixtures;
import care.rondo.testing.Fixtures;
import care.rondo.testing.Slow;
import care.rondo.testing.TestWeek;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.assertj.core.data.Offset;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static care.rondo.routing.LiechtensteinMap.*;
import static io.restassured.RestAssured.given;
import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Issue 15 end to end through the API, on the real Liechtenstein extract: while the map loads readiness is down and
 * solves are refused; once it is ready a small team's whole week is solved on road times (the solver ends on a step
 * or score-calculation count), its day routes follow the roads with GraphHopper's own times, and a client off the
 * map is named.
 */
@Slow
@QuarkusTest
@TestProfile(LiechtensteinMapProfile.class)
class RoadRosterApiTest {

    @Inject
    Fixtures fixtures;

    @Inject
    CaseloadFixtures caseload;

    @Inject
    MapTeams mapTeams;

    // the management interface (health) listens on a port of its own, random in tests
    @ConfigProperty(name = "quarkus.management.test-port")
    int managementPort;

    private ValidatableResponse readiness() {
        return given().port(managementPort).get("/q/health/ready").then();
    }

    @Test
    void aWeekInLiechtensteinIsPlannedOnRoadsOnceTheMapIsReady() {
        var team = fixtures.newTeamWithMember();
        String token = team.memberToken();
        long anna = caseload.nurse(team.teamId(), "Anna", 4, List.of(), LocalTime.of(7, 0), LocalTime.of(13, 30));
        long bram = caseload.nurse(team.teamId(), "Bram", 3, List.of(), LocalTime.of(7, 0), LocalTime.of(13, 30));
        mapTeams.startAt(anna, VADUZ, TravelMode.CAR);
        mapTeams.startAt(bram, SCHAAN, TravelMode.CAR);
        client(team.teamId(), "Frau Eschen", ESCHEN, LocalTime.of(7, 30));
        client(team.teamId(), "Herr Triesen", TRIESEN, LocalTime.of(8, 30));
        client(team.teamId(), "Frau Balzers", BALZERS, LocalTime.of(9, 30));
        client(team.teamId(), "Herr Malbun", MALBUN, LocalTime.of(10, 30));
        long field = client(team.teamId(), "Herr Rhein", OFF_THE_MAP, LocalTime.of(8, 0));
        TestWeek week = TestWeek.fresh();
        String roster = "/api/teams/" + team.teamId() + "/rosters/" + Api.as(token).body(Map.of("isoWeek", week.iso()))
                .post("/api/teams/" + team.teamId() + "/rosters").then().statusCode(201).extract().path("id");

        // the map is still loading: readiness says so, a solve is refused rather than planned on straight lines
        readiness().statusCode(503)
                .body("checks.find { it.name == 'road-network' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'road-network' }.data.state", equalTo("LOADING"));
        Api.as(token).body(Map.of()).post(roster + "/solving").then()
                .statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("cannot be solved yet")).body("detail", containsString("road graph"));

        GatedRoadNetworkLoader.open();
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(500))
                .until(() -> readiness().extract().statusCode() == 200);
        readiness().body("checks.find { it.name == 'road-network' }.data.state", equalTo("READY"));

        // the client across the Rhine is named, with the reason, before anything is solved
        JsonPath readiness = Api.as(token).get(roster + "/readiness").then().statusCode(200)
                .extract().jsonPath();
        assertThat(readiness.getList("findings.code")).containsExactly("ROAD_UNREACHABLE");
        assertThat(readiness.getList("findings[0].clientIds", Long.class)).containsExactly(field);
        assertThat(readiness.getList("findings[0].visitIds")).hasSize(7);
        assertThat(readiness.getString("findings[0].message")).contains("Herr Rhein", "by car")
                .containsAnyOf("from the nearest road a car may use", "no road a car may use");

        Api.as(token).body(Map.of("seconds", 600, "unimprovedSeconds", 600))
                .post(roster + "/solving").then().statusCode(202);
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(500)).until(() ->
                "NOT_SOLVING".equals(Api.as(token).get(roster + "/solving").then().extract()
                        .path("solverStatus")));
        Api.as(token).get(roster).then().statusCode(200).body("status", equalTo("PROPOSED"));

        // every day's travel on the board is the sum of GraphHopper's own route times along the drawn roads
        JsonPath board = Api.as(token).get(roster + "/board").then().statusCode(200).extract().jsonPath();
        List<String> offMapVisitIds = board.getList("visits.findAll { it.clientId == " + field + " }.visitId",
                String.class);
        int roadLegs = 0;
        int legsUnlikeStraightLines = 0;
        int daysCompared = 0;
        int daysUnlikeStraightLines = 0;
        for (long nurse : List.of(anna, bram)) {
            List<Map<String, Object>> shifts = board.getList("nurses.find { it.nurseId == " + nurse + " }.shifts");
            for (Map<String, Object> shift : shifts) {
                JsonPath route = Api.as(token).queryParam("date", shift.get("date"))
                        .get(roster + "/nurses/" + nurse + "/route").then().statusCode(200)
                        .body("type", equalTo("FeatureCollection")).body("source", equalTo("ROAD")).body("roadMap", equalTo(true))
                        .extract().jsonPath();
                List<Map<String, Object>> legs = route.getList("features");
                if (legs.isEmpty()) {
                    continue;
                }
                long roadSeconds = route.getList("features.properties.travelSeconds", Long.class).stream()
                        .mapToLong(Long::longValue).sum();
                int boardMinutes = (Integer) shift.get("travelMinutes");
                assertThat((double) roadSeconds).as("nurse %d on %s: board minutes vs route seconds", nurse,
                        shift.get("date")).isCloseTo(boardMinutes * 60.0, Offset.offset(
                        30.0 + 3 * legs.size()));
                List<List<List<Number>>> lines = route.getList("features.geometry.coordinates");
                List<Boolean> road = route.getList("features.properties.road");
                for (int leg = 0; leg < legs.size(); leg++) {
                    if (road.get(leg)) {
                        assertThat(lines.get(leg)).as("a leg along the roads").hasSizeGreaterThan(2);
                        roadLegs++;
                        long seconds = route.getLong("features[" + leg + "].properties.travelSeconds");
                        if (Math.abs(seconds - straightLineSeconds(List.of(lines.get(leg)))) > 30) {
                            legsUnlikeStraightLines++;
                        }
                    } else {
                        assertThat(Arrays.asList(route.getString("features[" + leg + "].properties.fromVisitId"),
                                route.getString("features[" + leg + "].properties.toVisitId")))
                                .as("only legs to or from the client off the map are straight")
                                .containsAnyElementsOf(offMapVisitIds);
                    }
                }
                daysCompared++;
                if (Math.abs(roadSeconds - straightLineSeconds(lines)) > 0.1 * roadSeconds) {
                    daysUnlikeStraightLines++;
                }
            }
        }
        assertThat(daysCompared).as("days with visits").isGreaterThanOrEqualTo(7);
        assertThat(roadLegs).as("legs along the roads").isGreaterThan(daysCompared);
        assertThat(daysUnlikeStraightLines).as("days whose road travel is 10% off the straight-line estimate")
                .isPositive();
        assertThat(legsUnlikeStraightLines).as("road legs whose time is not the straight-line estimate (±30 s)")
                .isGreaterThan(roadLegs / 2);

        // a visit to the client off the map says why its travel is a guess
        List<Map<String, Object>> visits = Api.as(token).queryParam("size", 100)
                .get(roster + "/visits").then().statusCode(200).extract().path("items");
        Object offMapVisit = visits.stream().filter(v -> ((Number) v.get("clientId")).longValue() == field)
                .findFirst().orElseThrow().get("id");
        Api.as(token).get(roster + "/visits/" + offMapVisit + "/explanation").then().statusCode(200)
                .body("reasons", hasItem(containsString("The road map cannot reach the address of Herr Rhein")));

        // another team sees nothing of it; a day outside the week or no day is a 400 naming the field
        var other = fixtures.newTeamWithMember();
        Api.as(other.memberToken()).queryParam("date", week.day(MONDAY))
                .get(roster + "/nurses/" + anna + "/route").then().statusCode(404);
        long stranger = caseload.nurse(other.teamId(), "Cora", 3, List.of(), LocalTime.of(7, 0), LocalTime.of(13, 0));
        Api.as(token).queryParam("date", week.day(MONDAY)).get(roster + "/nurses/" + stranger + "/route")
                .then().statusCode(404);
        Api.as(token).queryParam("date", week.date(MONDAY).plusWeeks(1).toString()).get(roster + "/nurses/" + anna + "/route")
                .then().statusCode(400).body("errors.field", hasItem("date"));
        Api.as(token).get(roster + "/nurses/" + anna + "/route").then().statusCode(400)
                .body("errors.field", hasItem("date"));
    }

    private long client(long teamId, String name, RoadNetwork.Point place, LocalTime from) {
        long id = caseload.client(teamId, name, place.latitude(), place.longitude(), List.of());
        caseload.carePlan(teamId, id, from, from.plusHours(2), 20, 3, List.of(), 1);
        return id;
    }

    /** The straight-line estimate of the same day: from each leg's first to its last point. */
    private static long straightLineSeconds(List<List<List<Number>>> lines) {
        long seconds = 0;
        for (List<List<Number>> line : lines) {
            List<Number> a = line.get(0);
            List<Number> b = line.get(line.size() - 1);
            Location from = new Location("a", 0, a.get(1).doubleValue(), a.get(0).doubleValue());
            Location to = new Location("b", 1, b.get(1).doubleValue(), b.get(0).doubleValue());
            seconds += GreatCircleTravelTimeMatrix.forMode(List.of(from, to), PlanningTravelMode.CAR, 3600)
                    .travelTime(from, to);
        }
        return seconds;
    }
}
