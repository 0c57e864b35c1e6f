package care.rondo.rest;

import care.rondo.testing.Api;
import care.rondo.testing.CaseloadFixtures;
import care.rondo.testing.Fixtures;
import care.rondo.testing.Slow;
import care.rondo.testing.SmallTeam;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** What a team's operator reads on the management port, and what a phone on a slow network gets: gzip. */
@Slow
@QuarkusTest
class OperatorMetricsTest {

    @Inject
    Fixtures fixtures;

    @Inject
    CaseloadFixtures caseload;

    // the management URL already ends in its root path, /q
    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    /** The value of one Prometheus sample (0 when it has not been counted yet). */
    private double sample(String name, String label) {
        String text = given().get(metrics).then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{[^}]*" + Pattern.quote(label)
                + "[^}]*} ([0-9.eE+-]+)$").matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    @Test
    void shouldCountSignInFailuresExportsAndEventsWritten() {
        SmallTeam team = SmallTeam.create(fixtures, caseload);
        double failures = sample("rondo_signin_failures_total", "reason=\"credentials\"");
        given().contentType(ContentType.JSON).body(Map.of("username", "nobody-" + System.nanoTime(),
                "password", "wrong")).post("/api/auth/token").then().statusCode(401);
        assertThat(sample("rondo_signin_failures_total", "reason=\"credentials\"")).isEqualTo(failures + 1);

        long roster = team.createRoster();
        team.solve(roster);
        Api.as(team.token())
                .body(Map.of("rosterVersion", team.version(roster), "confirmBrokenHardRules", true))
                .post(team.roster(roster) + "/acceptance").then().statusCode(200);
        double csv = sample("rondo_exports_total", "format=\"CSV\"");
        double exported = sample("rondo_events_written_total", "kind=\"EXPORTED\"");
        double accepted = sample("rondo_events_written_total", "kind=\"ACCEPTED\"");
        assertThat(accepted).isPositive();
        Api.as(team.token()).get(team.roster(roster) + "/export.csv").then().statusCode(200);
        assertThat(sample("rondo_exports_total", "format=\"CSV\"")).isEqualTo(csv + 1);
        assertThat(sample("rondo_events_written_total", "kind=\"EXPORTED\"")).isEqualTo(exported + 1);
    }

    @Test
    void shouldGzipTheBoardAndANursesWeekWhenTheClientAcceptsIt() {
        SmallTeam team = SmallTeam.create(fixtures, caseload);
        long roster = team.createRoster();
        team.solve(roster);
        String board = team.roster(roster) + "/board";
        // REST Assured would announce gzip itself: without its decoders it sends only what the test says
        var plain = RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());
        given().config(plain).auth().oauth2(team.token()).header("Accept-Encoding", "gzip").get(board).then()
                .statusCode(200).header("Content-Encoding", equalTo("gzip"));
        given().config(plain).auth().oauth2(team.token()).get(board).then().statusCode(200)
                .header("Content-Encoding", nullValue());
        Api.as(team.token())
                .body(Map.of("rosterVersion", team.version(roster), "confirmBrokenHardRules", true))
                .post(team.roster(roster) + "/acceptance").then().statusCode(200);
        String me = fixtures.nurseToken(team.id(), team.anna());
        given().config(plain).auth().oauth2(me).header("Accept-Encoding", "gzip").queryParam("week", team.week().iso())
                .get("/api/me/visits").then().statusCode(200).header("Content-Encoding", equalTo("gzip"));
    }
}
