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

import java.net.URL;
import java.util.List;
import java.util.Map;

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
    /** Tab presses at most to reach a field of the client page (her wishes come after her record and care plans). */
    private static final int TABS = 120;

    @TestHTTPResource("/")
    URL url;

    @Inject
    Fixtures fixtures;

    @Inject
    CaseloadFixtures caseload;

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
        String username = fixtures.memberSigningIn(team.id(), PASSWORD);

        try (Browser browser = Browser.open(url)) {
            browser.signIn(username, PASSWORD);
            openHerPage(browser, client);
            List<String> likeable = browser.all("section.client-wishes fieldset[data-field=likedNurseIds] label")
                    .stream().map(WebElement::getText).toList();
            assertThat(likeable).as("the nurse the team refused for her is not offered as liked")
                    .contains("Anna").doesNotContain("Bram");

            // a wished time on her washing plan, every day, 09:30–11:00
            browser.tabTo("section.client-wishes button.add-row", TABS);
            browser.press(Keys.ENTER);
            WebElement planSelect = browser.find("[data-field='timeWishes[0].carePlanId'] select");
            assertThat(browser.focused()).as("the new row's first field takes the focus").isEqualTo(planSelect);
            assertThat(browser.labelOf(planSelect)).isEqualTo("Care plan (wished time 1)");
            assertThat(planSelect.getAttribute("value")).isEqualTo(String.valueOf(plan));
            WebElement day = browser.tabTo("[data-field='timeWishes[0].weekday'] select", TABS);
            assertThat(day.getAttribute("value")).as("every day").isEmpty();
            WebElement notBefore = browser.tabTo("[data-field='timeWishes[0].notBefore'] input", TABS);
            assertThat(browser.labelOf(notBefore)).isEqualTo("Not before (wished time 1)");
            browser.press("9.30"); // as many write it; the page makes it 09:30
            browser.tabTo("[data-field='timeWishes[0].notAfter'] input", TABS);
            assertThat(notBefore.getAttribute("value")).isEqualTo("09:30");
            browser.press("11:00");

            // Anna, a nurse she likes
            browser.tabTo("section.client-wishes fieldset[data-field=likedNurseIds] input[value='"
                    + team.anna() + "']", TABS);
            browser.press(Keys.SPACE);
            WebElement annaAvoided = browser.find(
                    "section.client-wishes fieldset[data-field=avoidedNurseIds] input[value='" + team.anna() + "']");
            assertThat(annaAvoided.isEnabled()).as("liked, so not also avoided").isFalse();

            browser.tabTo("section.client-wishes button[type=submit]", TABS);
            browser.press(Keys.ENTER);
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
        String username = fixtures.memberSigningIn(team.id(), PASSWORD);

        try (Browser browser = Browser.open(url)) {
            browser.signIn(username, PASSWORD);
            openHerPage(browser, client);

            // a colleague saves first, on the version the page read
            as(team.token()).body(Map.of("ownWords", "Graag eerst koffie.", "likedNurseIds", List.of(team.anna()),
                    "version", 0)).put(wishes(team, client)).then().statusCode(200);

            browser.tabTo("section.client-wishes [data-field=ownWords] textarea", TABS);
            browser.press("Thee om tien uur.");
            browser.tabTo("section.client-wishes button[type=submit]", TABS);
            browser.press(Keys.ENTER);

            WebElement notice = browser.waitFor(d -> d.findElement(By.cssSelector("section.client-wishes .conflict")));
            assertThat(notice.getAttribute("role")).isEqualTo("alert");
            assertThat(notice.getText()).contains("Someone else changed her wishes");
            assertThat(browser.focused()).as("the notice takes the focus").isEqualTo(notice);
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
