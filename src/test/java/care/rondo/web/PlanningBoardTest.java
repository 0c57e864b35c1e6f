package care.rondo.web;

import care.rondo.demo.DemoLoader;
import care.rondo.testing.Api;
import care.rondo.testing.Slow;
import care.rondo.testing.TestWeek;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo team plans a week in headless Chromium from proposal to acceptance and a re-plan, as a new user
 * would: no API call by hand except the nurse's phone reporting her absence. Screenshots of every main view
 * go to target/screenshots.
 */
@Slow
@QuarkusTest
class PlanningBoardTest {

    static final String PASSWORD = "rondo-demo";
    static final Duration SOLVE_WAIT = Duration.ofSeconds(90);
    static final java.util.concurrent.atomic.AtomicInteger SOLVES = new java.util.concurrent.atomic.AtomicInteger();

    @TestHTTPResource("/")
    URL url;

    @Inject
    DemoLoader demo;

    @BeforeEach
    void demoTeam() {
        demo.load();
    }

    @Test
    void shouldPlanTheDemoWeekFromProposalToAcceptanceAndReplan() {
        try (Browser browser = Browser.open(url)) {
            TestWeek week = TestWeek.fresh(); // every test plans the one demo team, each in a week of its own
            browser.signIn("anna.demo", PASSWORD);
            browser.go("/#/board?week=" + week.iso());
            browser.find("button.primary").click(); // "Create roster for <week>"
            browser.find(".lane");
            assertThat(browser.find("#unassigned-title").getText()).startsWith("Unassigned:");
            browser.screenshot("01-board-new-roster");

            solve(browser, "10");
            browser.screenshot("03-board-solved");
            assertThat((Long) browser.script("return document.documentElement.scrollWidth"
                    + " - document.documentElement.clientWidth;")).as("no sideways page scroll at 1280 px").isLessThanOrEqualTo(0L);
            List<WebElement> planned = browser.all(".lane .track .visit");
            assertThat(planned).as("visits on the Monday timeline after solving").isNotEmpty();
            int plannedWeek = Integer.parseInt(browser.find("#kpi-visits b").getText().split("/")[0]);
            assertThat(plannedWeek).isPositive();

            // explanation of a visit, in plain language
            WebElement first = planned.get(0);
            String visitLabel = first.getAttribute("aria-label");
            first.click();
            WebElement summary = browser.find("#details .summary");
            assertThat(summary.getText()).contains(visitLabel.substring(0, visitLabel.indexOf(',')));
            browser.screenshot("04-board-visit-explanation");

            // a nurse's day: explanation and the offline route map (home marker + one per stop)
            WebElement lane = first.findElement(By.xpath("ancestor::div[contains(@class,'lane')]"));
            int stops = lane.findElements(By.cssSelector(".track .visit")).size();
            lane.findElement(By.cssSelector(".lane-head button")).click();
            browser.find("#route-map .map-stop");
            assertThat(browser.all("#route-map .map-stop")).hasSize(stops + 1);
            assertThat(browser.all("#route-map img.leaflet-tile")).as("no tile server").isEmpty();
            browser.screenshot("05-board-nurse-route-map");

            // drag a visit to another working nurse at the same time: what-if first, then the override on drop
            Moved moved = dragToAnotherNurse(browser);
            browser.screenshot("06-board-dragged-and-pinned");

            // the pin holds when the solver runs again
            solve(browser, "10");
            WebElement again = browser.find(".lane[data-nurse-id='" + moved.nurseId() + "'] .visit[data-visit-id='"
                    + moved.visitId() + "']");
            assertThat(again.getAttribute("class")).contains("pinned");
            // the pin holds her and the visit's place in her route; the route's timing sets the minute, never
            // before the window opens
            assertThat(again.getAttribute("aria-label")).startsWith(moved.client() + ",");

            // accept, confirming broken hard rules if the roster has any
            browser.find("#accept").click();
            WebElement dialog = browser.find("#accept-dialog");
            browser.screenshot("07-accept-dialog");
            List<WebElement> confirm = dialog.findElements(By.cssSelector("input[name=confirmBrokenHardRules]"));
            if (!confirm.isEmpty()) {
                confirm.get(0).click();
            }
            dialog.findElement(By.cssSelector("button[type=submit]")).click();
            browser.waitFor(ExpectedConditions.textToBe(By.id("roster-status"), "Accepted v1"));
            browser.screenshot("08-board-accepted");

            // reality changes: another nurse reports leave for the whole week from her phone
            String absent = absentNurse(browser, moved.nurseId());
            reportLeave(absent, week);
            browser.driver().navigate().refresh();
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".solve-status"),
                    "re-plan"));

            // re-plan: a new draft, solved, with the diff against the accepted roster before accepting it
            browser.find("#replan").click();
            browser.find("#replan-dialog button[type=submit]").click();
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("roster-select"), "re-plan of"));
            solve(browser, "10");
            WebElement diff = browser.find("#diff-summary");
            int changed = Integer.parseInt(diff.getText().split(" ")[0]);
            assertThat(changed).as("visits of the absent nurse move").isPositive();
            assertThat(browser.all("#diff .diff-list li")).isNotEmpty();
            browser.script("document.getElementById('diff').scrollIntoView()");
            browser.screenshot("09-board-replan-diff");

            // history names who did what
            browser.find("#history-panel summary").click();
            browser.waitFor(d -> !browser.all("#history li").isEmpty());
            assertThat(browser.find("#history").getText()).contains("anna.demo");
        }
    }

    @Test
    void shouldFitATabletAndLabelEveryControl() {
        try (Browser browser = Browser.open(url, 820, 1180)) {
            browser.signIn("bram.demo", PASSWORD);
            browser.go("/#/board?week=" + TestWeek.fresh().iso());
            browser.find("button.primary").click();
            browser.find(".lane");
            long overflow = (Long) browser.script(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).as("the page scrolls sideways only inside the timeline").isLessThanOrEqualTo(0);
            @SuppressWarnings("unchecked")
            List<String> unlabelled = (List<String>) browser.script("""
                    return [...document.querySelectorAll('button, input, select, textarea, [role=tab]')]
                      .filter(e => e.offsetParent !== null)
                      .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')
                                   && !e.textContent.trim())
                      .map(e => e.outerHTML.substring(0, 80));""");
            assertThat(unlabelled).isEmpty();
            // keyboard: the day tabs move with the arrow keys, a visit opens with Enter
            WebElement monday = browser.find("[role=tab][aria-selected=true]");
            monday.sendKeys(org.openqa.selenium.Keys.ARROW_RIGHT);
            browser.waitFor(d -> !browser.find("[role=tab][aria-selected=true]").equals(monday));
            assertThat(browser.driver().switchTo().activeElement().getAttribute("aria-selected")).isEqualTo("true");
            browser.screenshot("10-board-tablet");
        }
    }

    @Test
    void shouldStopSolvingWhenAsked() {
        try (Browser browser = Browser.open(url)) {
            browser.signIn("chantal.demo", PASSWORD);
            browser.go("/#/board?week=" + TestWeek.fresh().iso());
            browser.find("button.primary").click();
            browser.find(".lane");
            new Select(browser.find("#solve-seconds")).selectByValue("300");
            browser.find("#solve").click();
            browser.find("#stop").click();
            // far sooner than the 300 s asked for: the wait below gives up after 60 s
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("solver-status"), "Solved:"),
                    Duration.ofSeconds(60));
            assertThat(browser.find("#solve").isDisplayed()).isTrue();
            assertThat(browser.all("#stop")).allMatch(b -> !b.isDisplayed());
            // the history says who stopped it (the solver's own unimproved-time stop would not)
            browser.find("#history-panel summary").click();
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("history"),
                    "solve stopped by chantal.demo"));
        }
    }

    private static void solve(Browser browser, String seconds) {
        new Select(browser.find("#solve-seconds")).selectByValue(seconds);
        browser.find("#solve").click();
        browser.waitFor(d -> !d.findElement(By.id("solver-status")).getText().contains("Solved:"));
        browser.find("#stop");
        browser.screenshot("02-board-solving-" + SOLVES.incrementAndGet());
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("solver-status"), "Solved:"),
                SOLVE_WAIT);
        browser.find(".lane");
    }

    record Moved(long visitId, long nurseId, String start, String client) {
    }

    /** Drags the first visit of the busiest lane straight down or up onto another working nurse's lane. */
    private static Moved dragToAnotherNurse(Browser browser) {
        WebElement block = browser.all(".lane[data-working=true] .track .visit:not(.frozen)").get(0);
        WebElement fromLane = block.findElement(By.xpath("ancestor::div[contains(@class,'lane')]"));
        WebElement toLane = browser.all(".lane[data-working=true]").stream()
                .filter(l -> !l.getAttribute("data-nurse-id").equals(fromLane.getAttribute("data-nurse-id")))
                .findFirst().orElseThrow();
        long visitId = Long.parseLong(block.getAttribute("data-visit-id"));
        long nurseId = Long.parseLong(toLane.getAttribute("data-nurse-id"));
        int dy = toLane.getRect().getY() + toLane.getRect().getHeight() / 2
                - (block.getRect().getY() + block.getRect().getHeight() / 2);
        new Actions(browser.driver()).moveToElement(block, -block.getRect().getWidth() / 2 + 4, 0).clickAndHold()
                .moveByOffset(0, 8).moveByOffset(0, dy / 2).moveByOffset(0, dy - dy / 2 - 8)
                .pause(Duration.ofMillis(200)).perform();
        WebElement tip = browser.find("#drag-preview");
        browser.waitFor(ExpectedConditions.textToBePresentInElement(tip, "What if"));
        assertThat(tip.getText()).contains(browser.find(".lane[data-nurse-id='" + nurseId + "'] .lane-head button")
                .getText());
        browser.screenshot("06a-board-drag-preview");
        String start = tip.getText().replaceAll("(?s).* at (\\d\\d:\\d\\d).*", "$1");
        new Actions(browser.driver()).release().perform();
        WebElement moved = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                ".lane[data-nurse-id='" + nurseId + "'] .visit.pinned[data-visit-id='" + visitId + "']")));
        // the route's own timing places it: at the dropped time, or later when she cannot be there by then
        String placed = moved.getAttribute("aria-label").replaceAll("(?s)^[^,]*, (\\d\\d:\\d\\d) to .*", "$1");
        assertThat(placed).matches("\\d\\d:\\d\\d");
        assertThat(java.time.LocalTime.parse(placed)).isAfterOrEqualTo(java.time.LocalTime.parse(start));
        return new Moved(visitId, nurseId, placed, moved.getAttribute("aria-label").replaceAll("(?s)^([^,]*),.*", "$1"));
    }

    /** A demo nurse other than the drag target who has visits on the Monday board; her login is first-name.demo. */
    private static String absentNurse(Browser browser, long keep) {
        return browser.all(".lane[data-working=true]").stream()
                .filter(l -> !l.getAttribute("data-nurse-id").equals(Long.toString(keep)))
                .filter(l -> !l.findElements(By.cssSelector(".track .visit")).isEmpty())
                .map(l -> l.findElement(By.cssSelector(".lane-head button")).getText().split(" ")[0]
                        .toLowerCase(Locale.ROOT) + ".demo")
                .findFirst().orElseThrow();
    }

    /** What her phone sends: leave for the whole planned week. */
    private static void reportLeave(String username, TestWeek week) {
        String token = given().contentType(ContentType.JSON).body(Map.of("username", username, "password", PASSWORD))
                .post("/api/auth/token").then().statusCode(200).extract().path("accessToken");
        Api.as(token)
                .body(Map.of("from", week.day(MONDAY), "to", week.day(SUNDAY), "kind", "LEAVE"))
                .post("/api/me/absences").then().statusCode(201);
    }
}
