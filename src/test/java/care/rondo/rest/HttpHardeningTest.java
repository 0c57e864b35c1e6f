package care.rondo.rest;

import care.rondo.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** Security headers on the page and the API, and health and metrics off the public port. */
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
        given().auth().oauth2(fixtures.admin()).get("/api/teams").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void healthAndMetricsAreNotServedOnThePublicPort() {
        // they are on the management interface (quarkus.management.port); see the README
        given().get("/q/metrics").then().statusCode(404);
        given().get("/q/health").then().statusCode(404);
        given().get("/q/openapi").then().statusCode(200);
    }
}
