package care.rondo.client;

import care.rondo.domain.CarePlan;
import care.rondo.testing.PinnedClockTest;
import care.rondo.testing.Slow;
import care.rondo.testing.SmallTeam;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static care.rondo.testing.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

/** The GDPR subject-access export holds the client's data and nothing of other clients. */
@Slow
@QuarkusTest
class SubjectAccessExportTest extends PinnedClockTest {

    @Transactional
    long planOf(long clientId) {
        return CarePlan.<CarePlan>find("clientId", clientId).firstResult().id;
    }

    @Test
    void exportHoldsHerDataAndNothingOfOthers() {
        SmallTeam team = ClientViewTest.acceptedNextWeek(fixtures, caseload);
        long her = team.washingClient();
        String base = "/api/teams/" + team.id() + "/clients/";
        as(team.token()).body(Map.of("timeWishes", List.of(Map.of("carePlanId", planOf(her), "notBefore", "10:45")),
                "ownWords", "Coffee first, please")).put(base + her + "/wishes").then().statusCode(200);
        // another client of the same team has wishes and a link too: none of it may appear
        as(team.token()).body(Map.of("ownWords", "Not hers")).put(base + team.hoistClient() + "/wishes").then()
                .statusCode(200);
        ClientViewTest.token(team, team.hoistClient(), "Other relative");
        String token = ClientViewTest.token(team, her, "Els");
        given().get("/api/client-view/" + token).then().statusCode(200);

        String raw = as(team.token()).get(base + her + "/subject-access-export").then().statusCode(200)
                .extract().asString();
        JsonPath json = JsonPath.from(raw);
        assertThat(json.getString("exportedAt")).isEqualTo("2026-12-01T08:00:00Z");
        assertThat(json.getLong("client.id")).isEqualTo(her);
        assertThat(json.getString("client.name")).isEqualTo("Mevrouw Bakker");
        assertThat(json.getString("client.notes")).isEqualTo("Key under the mat");
        assertThat(json.getList("carePlans.clientId", Long.class)).containsOnly(her).hasSize(1);
        assertThat(json.getString("wishes.ownWords")).isEqualTo("Coffee first, please");
        assertThat(json.getList("visits")).hasSize(7);
        assertThat(json.getList("visits.nurseFirstName", String.class)).containsOnly("Anna");
        assertThat(json.getList("links.relativeName", String.class)).containsExactly("Els");
        assertThat(json.getList("linkAccesses.action", String.class)).containsExactly("VIEW");
        assertThat(raw).doesNotContain("Not hers", "Other relative", "Mevrouw de Vries", "Meneer Jansen",
                "Meneer Visser");

        // recorded in the team's history, without content
        as(team.token()).queryParam("limit", 200).get("/api/teams/" + team.id() + "/events").then()
                .statusCode(200).body("items.kind", hasItem("SUBJECT_ACCESS_EXPORT"));
    }

    @Test
    void anotherTeamsClientIsNotFoundAndCoordinatorsCannotExport() {
        SmallTeam team = SmallTeam.create(fixtures, caseload);
        SmallTeam other = SmallTeam.create(fixtures, caseload);
        as(team.token()).get("/api/teams/" + team.id() + "/clients/" + other.washingClient()
                + "/subject-access-export").then().statusCode(404);
        as(fixtures.coordinator()).get("/api/teams/" + team.id() + "/clients/" + team.washingClient()
                + "/subject-access-export").then().statusCode(403);
    }
}
