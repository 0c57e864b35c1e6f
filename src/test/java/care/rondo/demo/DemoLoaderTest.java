package care.rondo.demo;

import care.rondo.domain.CarePlan;
import care.rondo.domain.Client;
import care.rondo.domain.Nurse;
import care.rondo.domain.Team;
import care.rondo.testing.Api;
import care.rondo.testing.Slow;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.notNullValue;

@Slow
@QuarkusTest
class DemoLoaderTest {

    @Inject
    DemoLoader loader;

    @Test
    void shouldLoadOnceAndSignInWithDemoLogins() {
        loader.load(); // the browser tests may have loaded it already: the count below proves "once"
        assertThat(loader.load()).isFalse();
        Team team = Team.find("name", DemoTeamGenerator.TEAM_NAME).singleResult();
        assertThat(Team.count("name", DemoTeamGenerator.TEAM_NAME)).isEqualTo(1);
        assertThat(Nurse.count("teamId", team.id)).isEqualTo(12);
        assertThat(Client.count("teamId", team.id)).isEqualTo(45);
        assertThat(CarePlan.count("teamId", team.id)).isGreaterThan(45);

        // the sign-in page names the demo login only where the demo is enabled (not in this test profile)
        given().get("/api/auth/hints").then().statusCode(200).body("demo", equalTo(false))
                .body("demoPassword", org.hamcrest.Matchers.nullValue());
        String token = given().contentType(ContentType.JSON)
                .body(Map.of("username", "anna.demo", "password", DemoLoader.PASSWORD))
                .post("/api/auth/token").then().statusCode(200).body("teamId", equalTo(team.id.intValue()))
                .extract().path("accessToken");
        Api.as(token).get("/api/teams/" + team.id + "/clients?size=200").then().statusCode(200)
                .body("totalItems", equalTo(45)).body("items.find { it.notes != null }.notes", notNullValue());
        // every demo member signs in as her own nurse
        Api.as(token).get("/api/me").then().statusCode(200).body("name", startsWith("Anna"))
                .body("teamId", equalTo(team.id.intValue()));
        given().contentType(ContentType.JSON)
                .body(Map.of("username", "coordinator.demo", "password", DemoLoader.PASSWORD))
                .post("/api/auth/token").then().statusCode(200).body("role", equalTo("coordinator"));
    }

    @Test
    void shouldLoadACopyOfTheTeamUnderItsOwnNameAndLogins() {
        loader.load(2);
        assertThat(loader.load(2)).isFalse();
        Team copy = Team.find("name", DemoTeamGenerator.TEAM_NAME + " 2").singleResult();
        assertThat(Client.count("teamId", copy.id)).isEqualTo(45);
        given().contentType(ContentType.JSON).body(Map.of("username", "anna.demo2", "password", DemoLoader.PASSWORD))
                .post("/api/auth/token").then().statusCode(200).body("teamId", equalTo(copy.id.intValue()));
    }
}
