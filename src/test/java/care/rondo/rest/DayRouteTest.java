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

import java.util.List;
import java.util.Map;

import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** A nurse's day route without a map: GeoJSON legs as straight lines whose times are the board's travel. */
@Slow
@QuarkusTest
class DayRouteTest {

    @Inject
    Fixtures fixtures;

    @Inject
    CaseloadFixtures caseload;

    @Test
    void withoutAMapTheLegsAreStraightLinesTimedLikeTheBoard() {
        SmallTeam team = SmallTeam.create(fixtures, caseload);
        long rosterId = team.createRoster();
        team.solve(rosterId);
        String roster = team.roster(rosterId);
        JsonPath board = Api.as(team.token()).get(roster + "/board").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> shift = board.getMap("nurses.find { it.nurseId == " + team.anna() + " }.shifts[0]");
        long stops = board.getList("visits.findAll { it.nurseId == " + team.anna() + " && it.date == '"
                + shift.get("date") + "' && !it.cancelled }").size();
        assertThat(stops).isPositive();

        JsonPath route = Api.as(team.token()).queryParam("date", shift.get("date"))
                .get(roster + "/nurses/" + team.anna() + "/route").then().statusCode(200)
                .body("type", equalTo("FeatureCollection")).body("source", equalTo("STRAIGHT_LINE")).body("roadMap", equalTo(false))
                .body("travelMode", equalTo("BIKE")).extract().jsonPath();
        assertThat(route.getList("features")).as("home, each stop, home").hasSize((int) stops + 1);
        assertThat(route.getList("features.geometry.type")).containsOnly("LineString");
        assertThat(route.getList("features.properties.road")).containsOnly(false);
        assertThat(route.getList("features.geometry.coordinates", List.class)).allSatisfy(l -> assertThat(l).hasSize(2));
        assertThat(route.getString("features[0].properties.fromVisitId")).isNull();
        assertThat(route.getString("features[-1].properties.toVisitId")).isNull();
        // GeoJSON order: longitude first (Utrecht lies at 5.1 E, 52.1 N)
        assertThat(route.getDouble("features[0].geometry.coordinates[0][0]")).isCloseTo(5.1022, within(1e-6));
        long seconds = route.getList("features.properties.travelSeconds", Long.class).stream()
                .mapToLong(Long::longValue).sum();
        assertThat(Math.round(seconds / 60.0)).isEqualTo(((Number) shift.get("travelMinutes")).longValue());

        // no such nurse: 404; a malformed date: 400 naming it
        Api.as(team.token()).queryParam("date", team.week().day(SUNDAY)).get(roster + "/nurses/" + Long.MAX_VALUE
                + "/route").then().statusCode(404);
        Api.as(team.token()).queryParam("date", "08-11-2026").get(roster + "/nurses/" + team.anna()
                + "/route").then().statusCode(400).body("errors.field", hasItem("date"));
    }

    private static org.assertj.core.data.Offset<Double> within(double value) {
        return org.assertj.core.data.Offset.offset(value);
    }
}
