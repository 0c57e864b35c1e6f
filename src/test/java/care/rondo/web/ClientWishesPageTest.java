package care.rondo.web;

import care.rondo.testing.CaseloadFixtures;
import care.rondo.testing.Fixtures;
import care.rondo.testing.Slow;
import care.rondo.testing.SmallTeam;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static care.rondo.testing.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "What matters to her" on the team's client page, with the keyboard only: a member adds a time of day to a care
 * plan and a nurse she likes (the nurse the team refused for her is not offered), saves, and the API has them; a
 * save on a version someone else changed meanwhile says so and shows theirs.
 */
@Slow
@QuarkusTest
class ClientWishesPageTest {

    private static final String PASSWORD = "wishes-secret-1";

    @TestHTTPResource("/")
    URL url;

    @Inject
    Fixtures fixtures;

    @Inject
    CaseloadFixtures caseload;

    private static void press(Browser browser, CharSequence key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }

    private static WebElement focused(Browser browser) {
        return browser.driver().switchTo().activeElement();
    }

    /** Presses Tab until the element matching {@code css} has the focus (at most 120 times). */
    private static WebElement tabTo(Browser browser, String css) {
        WebElement target = browser.find(css);
        for (int i = 0; i < 120 && !target.equals(focused(browser)); i++) {
            press(browser, Keys.TAB);
        }
        assertThat(focused(browser)).as("Tab reaches %s", css).isEqualTo(target);
        return target;
    }

    private static String label(Browser browser, WebElement input) {
        // the row's number is for screen readers only: hidden text, read as a line of its own
        return browser.find("label[for='" + input.getAttribute("id") + "']").getText().replaceAll("\\s+", " ");
    }

    private String member(SmallTeam team) {
        String username = "member." + UUID.randomUUID().toString().substring(0, 8);
        as(fixtures.admin()).body(Map.of("username", username, "password", PASSWORD, "role", "MEMBER",
                "teamId", team.id())).post("/api/accounts").then().statusCode(201);
        return username;
    }

    private static String wishes(SmallTeam team, long client) {
        return "/api/teams/" + team.id() + "/clients/" + client + "/wishes";
    }

    private static void openHerPage(Browser browser, long client) {
        browser.go("/#/clients/" + client);
        browser.waitFor(d -> !d.findElements(By.cssSelector("section.client-wishes form.wishes-form")).isEmpty());
    }

    @Test
    void memberRecordsATimeAndALikedNurseWithTheKeyboard() {
        SmallTeam team = SmallTeam.create(fixtures, caseload);
        long client = team.washingClient(); // she refused Bram
        long plan = as(team.token()).get("/api/teams/" + team.id() + "/clients/" + client + "/care-plans")
                .then().statusCode(200).extract().jsonPath().getLong("items[0].id");
        String username = member(team);

        try (Browser browser = Browser.open(url)) {
            browser.signIn(username, PASSWORD);
            openHerPage(browser, client);
            List<String> likeable = browser.all("section.client-wishes fieldset[data-field=likedNurseIds] label")
                    .stream().map(WebElement::getText).toList();
            assertThat(likeable).as("the nurse the team refused for her is not offered as liked")
                    .contains("Anna").doesNotContain("Bram");

            // a wished time on her washing plan, every day, 09:30–11:00
            tabTo(browser, "section.client-wishes button.add-row");
            press(browser, Keys.ENTER);
            WebElement planSelect = browser.find("[data-field='timeWishes[0].carePlanId'] select");
            assertThat(focused(browser)).as("the new row's first field takes the focus").isEqualTo(planSelect);
            assertThat(label(browser, planSelect)).isEqualTo("Care plan (wished time 1)");
            assertThat(planSelect.getAttribute("value")).isEqualTo(String.valueOf(plan));
            WebElement day = tabTo(browser, "[data-field='timeWishes[0].weekday'] select");
            assertThat(day.getAttribute("value")).as("every day").isEmpty();
            WebElement notBefore = tabTo(browser, "[data-field='timeWishes[0].notBefore'] input");
            assertThat(label(browser, notBefore)).isEqualTo("Not before (wished time 1)");
            press(browser, "9.30"); // as many write it; the page makes it 09:30
            tabTo(browser, "[data-field='timeWishes[0].notAfter'] input");
            assertThat(notBefore.getAttribute("value")).isEqualTo("09:30");
            press(browser, "11:00");

            // Anna, a nurse she likes
            tabTo(browser, "section.client-wishes fieldset[data-field=likedNurseIds] input[value='"
                    + team.anna() + "']");
            press(browser, Keys.SPACE);
            WebElement annaAvoided = browser.find(
                    "section.client-wishes fieldset[data-field=avoidedNurseIds] input[value='" + team.anna() + "']");
            assertThat(annaAvoided.isEnabled()).as("liked, so not also avoided").isFalse();

            tabTo(browser, "section.client-wishes button[type=submit]");
            press(browser, Keys.ENTER);
            browser.waitFor(d -> d.findElement(By.id("toasts")).getText().contains("wishes saved")
                    || !d.findElements(By.cssSelector("section.client-wishes .field-error:not([hidden]),"
                    + " section.client-wishes .form-error")).isEmpty());
            browser.screenshot("client-wishes-saved");
            assertThat(browser.driver().findElement(By.id("toasts")).getText()).as("saved, without a complaint: %s",
                    browser.find("section.client-wishes").getText()).contains("wishes saved");
        }

        JsonPath stored = as(team.token()).get(wishes(team, client)).then().statusCode(200).extract().jsonPath();
        assertThat(stored.getLong("version")).isEqualTo(1);
        assertThat(stored.getList("timeWishes")).hasSize(1);
        assertThat(stored.getLong("timeWishes[0].carePlanId")).isEqualTo(plan);
        assertThat(stored.getString("timeWishes[0].weekday")).isNull();
        assertThat(stored.getString("timeWishes[0].notBefore")).isEqualTo("09:30");
        assertThat(stored.getString("timeWishes[0].notAfter")).isEqualTo("11:00");
        assertThat(stored.getList("likedNurseIds", Long.class)).containsExactly(team.anna());
        assertThat(stored.getList("avoidedNurseIds")).isEmpty();
        assertThat(stored.getString("lastChangedBy")).isEqualTo("TEAM");
    }

    @Test
    void aStaleSaveSaysSomeoneElseChangedThemAndShowsTheirs() {
        SmallTeam team = SmallTeam.create(fixtures, caseload);
        long client = team.washingClient();
        String username = member(team);

        try (Browser browser = Browser.open(url)) {
            browser.signIn(username, PASSWORD);
            openHerPage(browser, client);

            // a colleague saves first, on the version the page read
            as(team.token()).body(Map.of("ownWords", "Graag eerst koffie.", "likedNurseIds", List.of(team.anna()),
                    "version", 0)).put(wishes(team, client)).then().statusCode(200);

            tabTo(browser, "section.client-wishes [data-field=ownWords] textarea");
            press(browser, "Thee om tien uur.");
            tabTo(browser, "section.client-wishes button[type=submit]");
            press(browser, Keys.ENTER);

            WebElement notice = browser.waitFor(d -> d.findElement(By.cssSelector("section.client-wishes .conflict")));
            assertThat(notice.getAttribute("role")).isEqualTo("alert");
            assertThat(notice.getText()).contains("Someone else changed her wishes");
            assertThat(focused(browser)).as("the notice takes the focus").isEqualTo(notice);
            assertThat(browser.find("section.client-wishes [data-field=ownWords] textarea").getAttribute("value"))
                    .as("theirs are shown").isEqualTo("Graag eerst koffie.");
            assertThat(browser.find("section.client-wishes fieldset[data-field=likedNurseIds] input[value='"
                    + team.anna() + "']").isSelected()).isTrue();
            browser.screenshot("client-wishes-conflict");
        }

        JsonPath stored = as(team.token()).get(wishes(team, client)).then().statusCode(200).extract().jsonPath();
        assertThat(stored.getLong("version")).as("the stale save wrote nothing").isEqualTo(1);
        assertThat(stored.getString("ownWords")).isEqualTo("Graag eerst koffie.");
    }
}
