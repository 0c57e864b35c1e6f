package care.rondo.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

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
                .body("components.schemas.AvailabilityWindow.properties.from.pattern", equalTo("HH:mm"));
    }
}
