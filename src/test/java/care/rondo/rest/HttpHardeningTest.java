package care.rondo.rest;

import care.rondo.testing.Api;
import care.rondo.testing.Bodies;
import care.rondo.testing.Fixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.RestAssured;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * Security headers on the page and the API, health and metrics on the management port only, and requests whose
 * shape alone is wrong (dot segments, over-long URI or headers) refused with problem+json.
 */
@QuarkusTest
class HttpHardeningTest {

    @Inject
    Fixtures fixtures;

    @Test
    void thePageCarriesAStrictContentSecurityPolicyAndIsRevalidated() {
        var page = given().get("/").then().statusCode(200).extract();
        String csp = page.header("Content-Security-Policy");
        assertThat(csp).contains("default-src 'self'").contains("script-src 'self'")
                .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(page.header("Cache-Control")).isEqualTo("no-cache");
        given().get("/index.html").then().statusCode(200)
                .header("Cache-Control", not(containsString("immutable")))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
        given().get("/js/app.js").then().statusCode(200).header("Cache-Control", equalTo("no-cache"));
    }

    @Test
    void apiAnswersCarryTheHeadersToo() {
        given().get("/api/teams").then().statusCode(401)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Frame-Options", "DENY");
        Api.as(fixtures.admin()).get("/api/teams").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff");
    }

    // management URLs start at the management root path (/q) already
    @TestHTTPResource(value = "/metrics", management = true)
    URL managementMetrics;

    @TestHTTPResource(value = "/health", management = true)
    URL managementHealth;

    @Test
    void healthAndMetricsAreServedOnTheManagementPortOnly() {
        assertThat(managementMetrics.getPort()).isNotEqualTo(RestAssured.port);
        given().get(managementHealth).then().statusCode(200).body("status", equalTo("UP"));
        given().get(managementMetrics).then().statusCode(200).body(containsString("jvm_"));
        // the public port does not answer the same paths
        assertThat(managementMetrics.getPath()).isEqualTo("/q/metrics");
        given().get(managementMetrics.getPath()).then().statusCode(404);
        given().get(managementHealth.getPath()).then().statusCode(404);
        given().get("/q/openapi").then().statusCode(200); // the API's description stays public
    }

    @Test
    void encodedDotSegmentsAreRefusedNotResolvedToTheParent() {
        var team = fixtures.newTeamWithMember();
        long client = Api.create(team.memberToken(), "/api/teams/" + team.teamId() + "/clients",
                Bodies.client("Mevrouw Dot"));
        String plans = "/api/teams/" + team.teamId() + "/clients/" + client + "/care-plans/";
        for (String dots : List.of("%2e%2e", "%2E%2E", ".%2e", "%2e.", "..%2f", "%2e%2e%2F", "%2e", "..%5c")) {
            Api.as(team.memberToken()).urlEncodingEnabled(false).get(plans + dots)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("path"));
        }
        Api.as(team.memberToken()).urlEncodingEnabled(false).get(plans + "%2e%2e/%2e%2e")
                .then().statusCode(400).contentType("application/problem+json");
        Api.as(team.memberToken()).get(plans).then().statusCode(200); // the real path still works
    }

    @Test
    void anOverLongUriOrHeaderGetsProblemJson() {
        given().queryParam("q", "x".repeat(100_000)).get("/api/teams").then().statusCode(414)
                .contentType("application/problem+json").body("status", equalTo(414));
        given().header("X-Filler", "y".repeat(30_000)).get("/api/teams").then().statusCode(431)
                .contentType("application/problem+json").body("status", equalTo(431));
        given().queryParam("q", "x".repeat(4_000)).get("/api/teams").then().statusCode(401); // within limits
    }
}
