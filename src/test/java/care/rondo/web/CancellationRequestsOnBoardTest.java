package care.rondo.web;

import care.rondo.testing.Api;
import care.rondo.testing.PinnedClockTest;
import care.rondo.testing.Slow;
import care.rondo.testing.SmallTeam;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.net.URL;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static care.rondo.testing.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A relative says Sunday's visit is not needed (through the client view's API); the team sees the request on its
 * planning board, next to the visit it concerns, and answers it with the keyboard: confirmed in a re-plan in
 * progress, the visit is cancelled there; declined on the accepted roster, the visit stays.
 */
@Slow
@QuarkusTest
class CancellationRequestsOnBoardTest extends PinnedClockTest {

    private static final String PASSWORD = "board-secret-1";
    /** Next week at the pinned moment: the client view offers this week and next, its visits still to come. */
    private static final String WEEK = NEXT_WEEK;
    private static final String SUNDAY = "2026-12-13";
    private static final String REASON = "I am at my daughter's on Sunday";

    @TestHTTPResource("/")
    URL url;

    record Week(SmallTeam team, long accepted, String username, long requestId, long sundayLineage) {
        String requests() {
            return "/api/teams/" + team.id() + "/cancellation-requests";
        }
    }

    /** W50 solved and accepted, a member who signs in with a password, and Els's request about Sunday. */
    private Week requestedWeek() {
        SmallTeam team = SmallTeam.create(fixtures, caseload);
        long accepted = team.createRoster(WEEK);
        team.solve(accepted);
        Api.as(team.token()).body(Map.of("rosterVersion", team.version(accepted), "confirmBrokenHardRules", true))
                .post(team.roster(accepted) + "/acceptance").then().statusCode(200);
        String username = fixtures.memberSigningIn(team.id(), PASSWORD);

        String page = as(team.token()).body(Map.of("relativeName", "Els"))
                .post("/api/teams/" + team.id() + "/clients/" + team.washingClient() + "/link").then()
                .statusCode(201).extract().path("pageUrl");
        String view = "/api/client-view/" + page.substring(page.indexOf('#') + 1);
        List<Map<String, Object>> nextWeek = given().get(view).then().statusCode(200).extract().jsonPath()
                .getList("weeks[1].visits");
        long sunday = ((Number) nextWeek.stream().filter(v -> SUNDAY.equals(v.get("date"))).findFirst()
                .orElseThrow().get("visitId")).longValue();
        given().contentType(ContentType.JSON).body(Map.of("visitId", sunday, "reason", REASON))
                .post(view + "/cancellation-requests").then().statusCode(201);
        long requestId = ((Number) as(team.token()).queryParam("status", "OPEN")
                .get("/api/teams/" + team.id() + "/cancellation-requests").then().statusCode(200)
                .extract().path("[0].id")).longValue();
        return new Week(team, accepted, username, requestId, sunday);
    }

    private static long sundayVisit(SmallTeam team, long rosterId) {
        return SmallTeam.id(team.visits(rosterId).stream()
                .filter(v -> SmallTeam.id(v, "clientId") == team.washingClient() && SUNDAY.equals(v.get("date")))
                .findFirst().orElseThrow(), "id");
    }

    private static int sundayCount(Browser browser) {
        String text = browser.find("[role=tab][data-day='" + SUNDAY + "']").getText();
        return Integer.parseInt(text.replaceAll(".*\\((\\d+)\\)$", "$1"));
    }

    private static void press(Browser browser, CharSequence key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }

    private static WebElement focused(Browser browser) {
        return browser.driver().switchTo().activeElement();
    }

    private static long readinessReads(Browser browser) {
        return (Long) browser.script("return performance.getEntriesByType('resource')"
                + ".filter(e => e.name.endsWith('/readiness')).length;");
    }

    @Test
    void requestIsOnTheBoardAndConfirmedWithTheKeyboardTheReplanCancelsTheVisit() {
        Week week = requestedWeek();
        SmallTeam team = week.team();
        clock.set(Instant.parse("2026-12-01T09:00:00Z")); // the re-plan comes later: the board shows the newest
        long draft = ((Number) as(team.token()).body(Map.of()).post(team.roster(week.accepted()) + "/replans").then()
                .statusCode(201).extract().path("id")).longValue();
        long visit = sundayVisit(team, draft);

        try (Browser browser = Browser.open(url)) {
            browser.signIn(week.username(), PASSWORD);
            browser.go("/#/board?week=" + WEEK);
            WebElement request = browser.find("#cancellation-requests li[data-request-id='" + week.requestId() + "']");
            assertThat(browser.find("#requests-title").getText()).contains("1 visit not needed");
            assertThat(request.getText()).contains("Mevrouw Bakker", "Sun 13-12", REASON, "Asked by Els");
            assertThat(browser.find("#roster-select option:checked").getText()).contains("re-plan of");

            // "Show on the board": Sunday's tab, the visit marked and selected, the request in its details; a day
            // change redraws the timeline only: the side panels stay, readiness is not read again
            WebElement kpis = browser.find("#kpis");
            browser.waitFor(d -> readinessReads(browser) > 0);
            long readinessBefore = readinessReads(browser);
            request.findElement(By.cssSelector("button.show-visit")).sendKeys(Keys.ENTER);
            browser.find("[role=tab][data-day='" + SUNDAY + "'][aria-selected=true]");
            WebElement block = browser.find(".lane .track .visit.selected[data-visit-id='" + visit + "']");
            assertThat(block.getAttribute("class")).contains("cancel-requested");
            assertThat(block.getAttribute("aria-label")).startsWith("Mevrouw Bakker,")
                    .contains("cancellation requested");
            browser.waitFor(d -> browser.find("#details").getText().contains("Asked by Els to cancel"));
            assertThat(kpis.isDisplayed()).as("the KPI panel is the same element after a day change").isTrue();
            assertThat(readinessReads(browser)).isEqualTo(readinessBefore);
            int sundayVisits = sundayCount(browser);
            browser.screenshot("board-cancellation-requested");

            // the keyboard: from "Show on the board", Tab reaches Confirm, Enter confirms
            browser.script("arguments[0].focus()", request.findElement(By.cssSelector("button.show-visit")));
            press(browser, Keys.TAB);
            assertThat(focused(browser).getAttribute("aria-label"))
                    .matches("Confirm: Mevrouw Bakker's visit on Sun 13-12 \\d\\d:\\d\\d is not needed");
            press(browser, Keys.ENTER);

            // the request is gone, the visit cancelled in this re-plan: off the timeline, one fewer on Sunday,
            // and the diff against the accepted roster says so
            browser.waitFor(d -> d.findElements(By.cssSelector("#cancellation-requests li")).isEmpty());
            assertThat(browser.find("#requests-panel").getText()).contains("No open requests");
            browser.waitFor(d -> d.findElements(By.cssSelector(".visit[data-visit-id='" + visit + "']")).isEmpty());
            assertThat(sundayCount(browser)).isEqualTo(sundayVisits - 1);
            browser.waitFor(d -> browser.find("#diff .diff-list").getText().contains("Mevrouw Bakker: cancelled"));
            // its item gone, focus is on the list's heading rather than lost
            browser.waitFor(d -> "requests-title".equals(focused(browser).getAttribute("id")));
            browser.screenshot("board-cancellation-confirmed");
        }
        as(team.token()).queryParam("status", "CONFIRMED").get(week.requests()).then().statusCode(200)
                .body("id", org.hamcrest.Matchers.contains((int) week.requestId()));
        assertThat(team.visits(draft)).filteredOn(v -> SmallTeam.id(v, "id") == visit).singleElement()
                .satisfies(v -> assertThat(v.get("cancelled")).isEqualTo(true));
    }

    @Test
    void requestDeclinedOnTheAcceptedRosterLeavesTheVisitAsItWas() {
        Week week = requestedWeek();
        SmallTeam team = week.team();
        long visit = sundayVisit(team, week.accepted());

        try (Browser browser = Browser.open(url)) {
            browser.signIn(week.username(), PASSWORD);
            browser.go("/#/board?week=" + WEEK + "&day=" + SUNDAY);
            WebElement request = browser.find("#cancellation-requests li[data-request-id='" + week.requestId() + "']");
            assertThat(browser.find("#roster-status").getText()).isEqualTo("Accepted v1");
            assertThat(browser.find(".lane .track .visit[data-visit-id='" + visit + "']").getAttribute("class"))
                    .contains("cancel-requested");
            int sundayVisits = sundayCount(browser);

            browser.script("arguments[0].focus()", request.findElement(By.cssSelector("button.show-visit")));
            press(browser, Keys.TAB);
            press(browser, Keys.TAB);
            assertThat(focused(browser).getText()).isEqualTo("Decline");
            press(browser, Keys.ENTER);

            browser.waitFor(d -> d.findElements(By.cssSelector("#cancellation-requests li")).isEmpty());
            String kept = ".lane .track .visit[data-visit-id='" + visit + "']";
            browser.waitFor(d -> Boolean.TRUE.equals(browser.script("const b = document.querySelector(arguments[0]);"
                    + " return !!b && !b.classList.contains('cancel-requested');", kept)));
            assertThat(browser.find(kept).getAttribute("aria-label")).startsWith("Mevrouw Bakker,")
                    .doesNotContain("cancellation requested");
            assertThat(sundayCount(browser)).isEqualTo(sundayVisits);
            assertThat(browser.find(".solve-status").getText()).doesNotContain("re-plan");
        }
        as(team.token()).queryParam("status", "DECLINED").get(week.requests()).then().statusCode(200)
                .body("id", org.hamcrest.Matchers.contains((int) week.requestId()));
        as(team.token()).get(team.roster(week.accepted())).then().statusCode(200)
                .body("needsReplan", org.hamcrest.Matchers.equalTo(false));
    }
}
