package care.rondo.web;

import care.rondo.testing.Api;
import care.rondo.testing.CaseloadFixtures;
import care.rondo.testing.Fixtures;
import care.rondo.testing.Slow;
import care.rondo.testing.SmallTeam;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client view on a phone (390 px wide) with the keyboard only: a relative opens her link, switches to English,
 * tabs to Sunday's visit, says it is not needed, and the page and the team's list show the request.
 */
@Slow
@QuarkusTest
class ClientViewPageTest {

    private static final String SUNDAY = "2026-12-13";

    @TestHTTPResource("/")
    URL url;

    @Inject
    Fixtures fixtures;

    @Inject
    CaseloadFixtures caseload;

    @Inject
    care.rondo.testing.TestClock clock;

    @BeforeEach
    void pinnedTime() {
        clock.set(Instant.parse("2026-12-01T08:00:00Z"));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private SmallTeam acceptedNextWeek() {
        SmallTeam team = SmallTeam.create(fixtures, caseload);
        long roster = team.createRoster("2026-W50");
        team.solve(roster);
        Api.as(team.token())
                .body(Map.of("rosterVersion", team.version(roster), "confirmBrokenHardRules", true))
                .post(team.roster(roster) + "/acceptance").then().statusCode(200);
        return team;
    }

    private static void press(Browser browser, CharSequence key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }

    private static WebElement focused(Browser browser) {
        return browser.driver().switchTo().activeElement();
    }

    @Test
    void relativeReadsHerWeekAndSaysSundayIsNotNeededWithTheKeyboardOnly() {
        SmallTeam team = acceptedNextWeek();
        String page = as(team.token()).body(Map.of("relativeName", "Els"))
                .post("/api/teams/" + team.id() + "/clients/" + team.washingClient() + "/link").then()
                .statusCode(201).extract().path("pageUrl");
        String fragment = page.substring(page.indexOf('#'));

        try (Browser browser = Browser.open(url, 390, 844)) {
            browser.go("/client.html" + fragment);
            // Dutch first, large type, no sideways scrolling on a phone
            browser.waitFor(d -> d.findElements(By.cssSelector("li[data-visit]")).size() == 7);
            assertThat(browser.find("h1").getText()).isEqualTo("Uw bezoeken");
            assertThat(browser.all("h2").stream().map(WebElement::getText).toList())
                    .containsExactly("Deze week", "Volgende week");
            assertThat(browser.find("main").getText()).contains("Welkom, Els.", "Geen bezoeken gepland.",
                    "komt Anna", "zondag 13 december");
            assertThat(((Number) browser.script("return parseFloat(getComputedStyle(document.body).fontSize)"))
                    .doubleValue()).isGreaterThanOrEqualTo(18);
            assertThat((Boolean) browser.script("return document.documentElement.scrollWidth "
                    + "<= document.documentElement.clientWidth")).isTrue();
            browser.screenshot("client-view-nl");

            // the language switch is the first stop of the keyboard
            press(browser, Keys.TAB);
            assertThat(focused(browser).getAttribute("id")).isEqualTo("language");
            press(browser, Keys.ENTER);
            browser.waitFor(d -> "Your visits".equals(d.findElement(By.id("title")).getText()));
            assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
            assertThat(browser.find("main").getText()).contains("This week", "Next week", "Sunday 13 December",
                    "Anna will visit");
            assertThat(focused(browser).getAttribute("id")).isEqualTo("language");

            // tab on to Sunday's "Not needed": one button per visit, in day order
            String sundayId = browser.all("li[data-visit]").stream()
                    .filter(li -> li.getText().contains("Between") && li.findElements(By.cssSelector("button"))
                            .size() == 1).reduce((a, b) -> b).orElseThrow().getAttribute("data-visit");
            for (int i = 0; i < 7; i++) {
                press(browser, Keys.TAB);
            }
            WebElement button = focused(browser);
            assertThat(button.getText()).isEqualTo("Not needed");
            assertThat(button.findElement(By.xpath("./ancestor::li")).getAttribute("data-visit")).isEqualTo(sundayId);
            press(browser, Keys.ENTER);
            assertThat(focused(browser).getTagName()).isEqualTo("textarea");
            // sending without a reason says what is missing, and nothing is sent
            press(browser, Keys.TAB);
            press(browser, Keys.ENTER);
            browser.waitFor(d -> d.findElement(By.cssSelector("form.why .error")).getText()
                    .equals("Please say briefly why."));
            assertThat(focused(browser).getTagName()).isEqualTo("textarea");
            press(browser, "I am at my daughter's on Sunday");
            press(browser, Keys.TAB);
            press(browser, Keys.ENTER);
            browser.waitFor(d -> d.findElement(By.id("main")).getText()
                    .contains("Sent. The team will look at your request."));
            WebElement sunday = browser.find("li[data-visit='" + sundayId + "']");
            assertThat(sunday.getText()).contains("You asked to skip this visit.");
            assertThat(sunday.findElements(By.cssSelector("button"))).isEmpty();
            browser.screenshot("client-view-requested-en");
        }

        List<Map<String, Object>> open = as(team.token()).queryParam("status", "OPEN")
                .get("/api/teams/" + team.id() + "/cancellation-requests").then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertThat(open).singleElement().satisfies(r -> {
            assertThat(r.get("date")).isEqualTo(SUNDAY);
            assertThat(r.get("reason")).isEqualTo("I am at my daughter's on Sunday");
            assertThat(r.get("requestedBy")).isEqualTo("Els");
        });
    }
}
