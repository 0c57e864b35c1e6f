package care.rondo.testing;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/** Short-hands for the calls most caseload tests repeat. */
public final class Api {
    private Api() {
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** Creates through the API and returns the new id (asserting 201). */
    public static long create(String token, String path, Object body) {
        return as(token).body(body).post(path).then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
