package care.rondo.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

/** Client generators need typed responses and stable names; a method returning Response loses both silently. */
@QuarkusTest
class OpenApiTest {

    private static final String JSON = "'application/json'";

    @Test
    void shouldDeclareTypedResponsesAndStableOperationIds() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/teams/{teamId}/nurses'.post.operationId", equalTo("createNurse"))
                .body("paths.'/api/teams/{teamId}/nurses'.post.responses.'201'.content." + JSON + ".schema.$ref",
                        equalTo("#/components/schemas/Nurse"))
                .body("paths.'/api/teams/{teamId}/clients/{clientId}'.get.responses.'200'.content." + JSON
                        + ".schema.$ref", equalTo("#/components/schemas/Client"))
                .body("paths.'/api/teams/{teamId}/clients/{clientId}/care-plans/{carePlanId}'.put.responses.'200'"
                        + ".content." + JSON + ".schema.$ref", equalTo("#/components/schemas/CarePlan"))
                .body("paths.'/api/teams/{teamId}/nurses/{nurseId}/absences'.post.responses.'201'.content." + JSON
                        + ".schema.$ref", equalTo("#/components/schemas/Absence"))
                .body("paths.'/api/teams/{teamId}/care-plans'.get.operationId", equalTo("listTeamCarePlans"))
                .body("components.schemas.AvailabilityWindow.properties.from.pattern", equalTo("^\\d{2}:\\d{2}(:\\d{2})?$"));
    }

    @Test
    void shouldDescribeTheNurseApiAndErrorsForGeneratedClients() {
        String problem = "content.'application/problem+json'.schema.$ref";
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/me/visits'.get.operationId", equalTo("listMyVisits"))
                .body("paths.'/api/me/visits'.get.responses.'200'.content." + JSON + ".schema.$ref",
                        equalTo("#/components/schemas/MyVisitPage"))
                .body("paths.'/api/me/visits/{visitId}/check-in'.post.operationId", equalTo("checkIn"))
                .body("paths.'/api/me/visits/{visitId}/check-in'.post.responses.'409'." + problem,
                        equalTo("#/components/schemas/Problem"))
                .body("paths.'/api/me'.get.responses.'401'." + problem, equalTo("#/components/schemas/Problem"))
                .body("paths.'/api/me'.get.security[0]", hasKey("bearer"))
                .body("paths.'/api/teams/{teamId}/events'.get.responses.'200'.content." + JSON + ".schema.$ref",
                        equalTo("#/components/schemas/EventFeed"))
                .body("paths.'/api/feeds/{token}.ics'.get.operationId", equalTo("getCalendarFeed"))
                .body("components.schemas.Problem.properties.status.type", equalTo("integer"))
                // null on the last visit of the day
                .body("components.schemas.MyVisit.properties.travelMinutesToNext.type",
                        org.hamcrest.Matchers.contains("integer", "null"));
    }

    /** The client view's secret link is its credential: no bearer, no 401; editing her wishes may be refused (403). */
    @Test
    void shouldDescribeTheClientViewWishesAsPublicWithTheirAnswers() {
        String wishes = "paths.'/api/client-view/{token}/wishes'";
        String problem = "content.'application/problem+json'.schema.$ref";
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body(wishes + ".get.operationId", equalTo("getClientViewWishes"))
                .body(wishes + ".get.responses.'200'.content." + JSON + ".schema.$ref",
                        equalTo("#/components/schemas/ClientViewWishes"))
                .body(wishes + ".put.operationId", equalTo("updateClientViewWishes"))
                .body(wishes + ".put.security", org.hamcrest.Matchers.empty())
                .body(wishes + ".put.responses.keySet()",
                        org.hamcrest.Matchers.hasItems("200", "400", "403", "404", "409"))
                .body(wishes + ".put.responses.'403'." + problem, equalTo("#/components/schemas/Problem"))
                .body(wishes + ".put.responses", org.hamcrest.Matchers.not(hasKey("401")))
                .body("paths.'/api/teams/{teamId}/clients/{clientId}/link'.put.operationId",
                        equalTo("updateClientLink"))
                .body("components.schemas.ClientWishes.properties.lastChangedBy.$ref",
                        equalTo("#/components/schemas/WishesChangedBy"))
                .body("components.schemas.WishesChangedBy.enum", org.hamcrest.Matchers.contains("TEAM", "CLIENT_LINK"));
    }

    /** openapi-generator rejects a document in which any response lacks a description. */
    @Test
    void shouldDescribeEveryResponseAndNameTheLicence() {
        io.restassured.path.json.JsonPath doc = io.restassured.RestAssured.given().queryParam("format", "json")
                .get("/q/openapi").then().statusCode(200).extract().jsonPath();
        java.util.Map<String, java.util.Map<String, java.util.Map<String, Object>>> paths = doc.getMap("paths");
        java.util.List<String> missing = new java.util.ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (operation.get("responses") instanceof java.util.Map<?, ?> responses) {
                responses.forEach((code, response) -> {
                    if (!(response instanceof java.util.Map<?, ?> r) || r.get("description") == null) {
                        missing.add(method + " " + path + " " + code);
                    }
                });
            }
        }));
        org.assertj.core.api.Assertions.assertThat(missing).isEmpty();
        org.assertj.core.api.Assertions.assertThat(doc.getString("info.license.url")).isNotBlank();
    }
}
