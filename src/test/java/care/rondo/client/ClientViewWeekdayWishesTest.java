package care.rondo.client;

import care.rondo.domain.CarePlan;
import care.rondo.testing.CaseloadFixtures;
import care.rondo.testing.Fixtures;
import care.rondo.testing.SmallTeam;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static care.rondo.testing.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * A time wish for one weekday ("after the day centre on Tuesdays") through the client's own link: her care plans say
 * which days they have visits on, she saves wishes per weekday beside the every-day one, and the server names the
 * field of every wish it cannot take (a day the plan has no visits on, a day twice, no time, times the wrong way
 * round, a day or time it cannot read), writing nothing then.
 */
@QuarkusTest
class ClientViewWeekdayWishesTest {

    @Inject
    Fixtures fixtures;

    @Inject
    CaseloadFixtures caseload;

    @Transactional
    long planOf(long clientId) {
        return CarePlan.<CarePlan>find("clientId", clientId).firstResult().id;
    }

    /** A second care plan of hers, on Mondays and Wednesdays only. */
    @Transactional
    long mondaysAndWednesdays(long planId) {
        CarePlan plan = CarePlan.findById(planId);
        plan.description = "compression stockings";
        plan.days = new ArrayList<>(List.of(DayOfWeek.WEDNESDAY, DayOfWeek.MONDAY));
        return plan.id;
    }

    private static String link(SmallTeam team, long clientId) {
        String page = as(team.token()).body(Map.of("mayEditWishes", true))
                .post("/api/teams/" + team.id() + "/clients/" + clientId + "/link").then().statusCode(201)
                .extract().path("pageUrl");
        return "/api/client-view/" + page.substring(page.indexOf('#') + 1) + "/wishes";
    }

    private static Map<String, Object> wish(long plan, String weekday, String notBefore, String notAfter) {
        Map<String, Object> wish = new HashMap<>();
        wish.put("carePlanId", plan);
        wish.put("weekday", weekday);
        wish.put("notBefore", notBefore);
        wish.put("notAfter", notAfter);
        return wish;
    }

    private static Map<String, Object> body(long version, Map<?, ?>... wishes) {
        Map<String, Object> body = new HashMap<>();
        body.put("timeWishes", List.of(wishes));
        body.put("version", version);
        return body;
    }

    @Test
    void sheSavesATimeForOneWeekdayBesideTheEveryDayOne() {
        SmallTeam team = SmallTeam.create(fixtures, caseload);
        long client = team.washingClient();
        long daily = planOf(client);
        long stockings = mondaysAndWednesdays(caseload.carePlan(team.id(), client, LocalTime.of(18, 0),
                LocalTime.of(19, 0), 15, 3, List.of(), 1));
        String wishes = link(team, client);

        given().get(wishes).then().statusCode(200)
                .body("carePlans.find { it.carePlanId == " + daily + " }.days", contains("MONDAY", "TUESDAY",
                        "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"))
                .body("carePlans.find { it.carePlanId == " + stockings + " }.days", contains("MONDAY", "WEDNESDAY"));

        given().contentType(ContentType.JSON).body(body(0, wish(daily, null, "09:00", null),
                        wish(daily, "TUESDAY", "11:00", "12:00"), wish(stockings, "WEDNESDAY", null, "18:30")))
                .put(wishes).then().statusCode(200).body("version", equalTo(1))
                .body("timeWishes.weekday", contains(nullValue(), equalTo("TUESDAY"), equalTo("WEDNESDAY")))
                .body("timeWishes[1].notBefore", equalTo("11:00")).body("timeWishes[1].notAfter", equalTo("12:00"))
                .body("timeWishes[2].notBefore", nullValue()).body("timeWishes[2].notAfter", equalTo("18:30"));
        // what the team (and the solver) reads
        as(team.token()).get("/api/teams/" + team.id() + "/clients/" + client + "/wishes").then().statusCode(200)
                .body("timeWishes.weekday", containsInAnyOrder(nullValue(), equalTo("TUESDAY"), equalTo("WEDNESDAY")))
                .body("lastChangedBy", equalTo("CLIENT_LINK"));

        // a weekday wish taken away again
        given().contentType(ContentType.JSON).body(body(1, wish(daily, null, "09:00", null)))
                .put(wishes).then().statusCode(200).body("timeWishes", org.hamcrest.Matchers.hasSize(1))
                .body("timeWishes[0].weekday", nullValue());
    }

    @Test
    void everyWishItCannotTakeIsNamedAndNothingIsWritten() {
        SmallTeam team = SmallTeam.create(fixtures, caseload);
        long client = team.washingClient();
        long daily = planOf(client);
        long stockings = mondaysAndWednesdays(caseload.carePlan(team.id(), client, LocalTime.of(18, 0),
                LocalTime.of(19, 0), 15, 3, List.of(), 1));
        String wishes = link(team, client);

        // a day the plan has no visits on, a day twice, a day without a time, times the wrong way round
        given().contentType(ContentType.JSON).body(body(0, wish(stockings, "TUESDAY", "18:00", null),
                        wish(daily, "SUNDAY", "10:00", null), wish(daily, "SUNDAY", "11:00", null),
                        wish(daily, "MONDAY", null, null), wish(daily, "FRIDAY", "12:00", "11:00")))
                .put(wishes).then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.field", containsInAnyOrder("timeWishes[0].weekday", "timeWishes[2]", "timeWishes[3]",
                        "timeWishes[4].notAfter"));
        // a day or a time it cannot read
        given().contentType(ContentType.JSON).body(body(0, wish(daily, "FUNDAY", "10:00", null)))
                .put(wishes).then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("timeWishes[0].weekday"));
        given().contentType(ContentType.JSON).body(body(0, wish(daily, "TUESDAY", "25:00", null)))
                .put(wishes).then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("timeWishes[0].notBefore"));

        given().get(wishes).then().statusCode(200).body("version", equalTo(0)).body("timeWishes", empty());
        // the team's own endpoint keeps the same rule
        as(team.token()).body(Map.of("timeWishes", List.of(wish(stockings, "FRIDAY", "18:00", null)), "version", 0))
                .put("/api/teams/" + team.id() + "/clients/" + client + "/wishes").then().statusCode(400)
                .body("errors.field", contains("timeWishes[0].weekday"));
    }
}
