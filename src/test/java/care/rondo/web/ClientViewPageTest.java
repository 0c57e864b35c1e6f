package care.rondo.web;

import care.rondo.testing.Api;
import care.rondo.testing.PinnedClockTest;
import care.rondo.testing.Slow;
import care.rondo.testing.SmallTeam;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URL;
import java.util.List;
import java.util.Map;

import static care.rondo.testing.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client view on a phone (390 px wide) with the keyboard only: a relative opens her link, switches to English,
 * tabs to Sunday's visit, says it is not needed, and the page and the team's list show the request; where the team
 * allows it, she changes "what matters to me" and the team sees it.
 */
@Slow
@QuarkusTest
class ClientViewPageTest extends PinnedClockTest {

    private static final String SUNDAY = "2026-12-13";
    /** Tab presses at most to reach a field: the keyboard's way there on a phone's page stays short. */
    private static final int TABS = 40;

    @TestHTTPResource("/")
    URL url;

    private SmallTeam acceptedNextWeek() {
        SmallTeam team = SmallTeam.create(fixtures, caseload);
        long roster = team.createRoster("2026-W50");
        team.solve(roster);
        Api.as(team.token())
                .body(Map.of("rosterVersion", team.version(roster), "confirmBrokenHardRules", true))
                .post(team.roster(roster) + "/acceptance").then().statusCode(200);
        return team;
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
                    .containsExactly("Deze week", "Volgende week", "Wat voor mij belangrijk is");
            assertThat(browser.find("main").getText()).contains("Welkom, Els.", "Geen bezoeken gepland.",
                    "komt Anna", "zondag 13 december");
            assertThat(((Number) browser.script("return parseFloat(getComputedStyle(document.body).fontSize)"))
                    .doubleValue()).isGreaterThanOrEqualTo(18);
            assertThat((Boolean) browser.script("return document.documentElement.scrollWidth "
                    + "<= document.documentElement.clientWidth")).isTrue();
            browser.screenshot("client-view-nl");

            // the language switch is the first stop of the keyboard
            browser.press(Keys.TAB);
            assertThat(browser.focused().getAttribute("id")).isEqualTo("language");
            browser.press(Keys.ENTER);
            browser.waitFor(d -> "Your visits".equals(d.findElement(By.id("title")).getText()));
            assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
            assertThat(browser.find("main").getText()).contains("This week", "Next week", "Sunday 13 December",
                    "Anna will visit");
            assertThat(browser.focused().getAttribute("id")).isEqualTo("language");

            // tab on to Sunday's "Not needed": one button per visit, in day order
            String sundayId = browser.all("li[data-visit]").stream()
                    .filter(li -> li.getText().contains("Between") && li.findElements(By.cssSelector("button"))
                            .size() == 1).reduce((a, b) -> b).orElseThrow().getAttribute("data-visit");
            for (int i = 0; i < 7; i++) {
                browser.press(Keys.TAB);
            }
            WebElement button = browser.focused();
            assertThat(button.getText()).isEqualTo("Not needed");
            assertThat(button.findElement(By.xpath("./ancestor::li")).getAttribute("data-visit")).isEqualTo(sundayId);
            browser.press(Keys.ENTER);
            assertThat(browser.focused().getTagName()).isEqualTo("textarea");
            // sending without a reason says what is missing, and nothing is sent
            browser.press(Keys.TAB);
            browser.press(Keys.ENTER);
            browser.waitFor(d -> d.findElement(By.cssSelector("form.why .error")).getText()
                    .equals("Please say briefly why."));
            assertThat(browser.focused().getTagName()).isEqualTo("textarea");
            browser.press("I am at my daughter's on Sunday");
            browser.press(Keys.TAB);
            browser.press(Keys.ENTER);
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

    @Test
    void relativeChangesWhatMattersToHerWithTheKeyboardOnlyAndTheTeamSeesIt() {
        SmallTeam team = acceptedNextWeek();
        long client = team.washingClient();
        String page = as(team.token()).body(Map.of("relativeName", "Els", "mayEditWishes", true))
                .post("/api/teams/" + team.id() + "/clients/" + client + "/link").then()
                .statusCode(201).extract().path("pageUrl");
        String fragment = page.substring(page.indexOf('#'));

        try (Browser browser = Browser.open(url, 390, 844)) {
            browser.go("/client.html" + fragment);
            browser.waitFor(d -> !d.findElements(By.cssSelector("form.wishes")).isEmpty());
            assertThat(browser.find("#h-wishes").getText()).isEqualTo("Wat voor mij belangrijk is");
            // to English with the keyboard: the switch is the first stop
            browser.press(Keys.TAB);
            assertThat(browser.focused().getAttribute("id")).isEqualTo("language");
            browser.press(Keys.ENTER);
            browser.waitFor(ExpectedConditions.textToBe(By.id("h-wishes"), "What matters to me"));

            WebElement notBefore = browser.tabTo("form.wishes input[name=notBefore]", TABS);
            assertThat(browser.labelOf(notBefore)).isEqualTo("Not before");
            assertThat(browser.find("form.wishes legend").getText()).isEqualTo("care: what time?");
            browser.press("10.45"); // as many write it; the page makes it 10:45
            // the time is checked on the page first: "Not after" before "Not before" is named, nothing is sent
            browser.press(Keys.TAB);
            assertThat(browser.labelOf(browser.focused())).isEqualTo("Not after");
            browser.press("10:00");
            browser.tabTo("form.wishes button[type=submit]", TABS);
            browser.press(Keys.ENTER);
            // (the form is drawn anew: conditions that find the element again each time)
            browser.waitFor(ExpectedConditions.textToBe(By.cssSelector("form.wishes fieldset[data-plan] .error"),
                    "\"Not after\" must be later than \"Not before\"."));
            assertThat(browser.focused().getAttribute("name")).isEqualTo("notBefore");
            assertThat(browser.focused().getAttribute("aria-invalid")).isEqualTo("true");
            browser.press(Keys.TAB);
            browser.focused().sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);

            browser.tabTo("#continuity-USUAL", TABS);
            browser.press(Keys.ARROW_DOWN); // a radio group moves with the arrows
            assertThat(browser.focused().getAttribute("id")).isEqualTo("continuity-IMPORTANT");
            WebElement words = browser.tabTo("#own-words", TABS);
            assertThat(browser.labelOf(words)).isEqualTo("In your own words, for the nurse who visits you");
            browser.press("Coffee first, please. Knock loudly.");
            browser.tabTo("form.wishes button[type=submit]", TABS);
            browser.press(Keys.ENTER);
            browser.waitFor(ExpectedConditions.textToBe(By.id("wishes-notice"), "Saved. The team can see your wishes."));
            assertThat(browser.focused().getAttribute("id")).isEqualTo("wishes-notice");
            assertThat((Boolean) browser.script("return document.documentElement.scrollWidth "
                    + "<= document.documentElement.clientWidth")).isTrue();
            browser.screenshot("client-wishes-saved-en");

            // after a reload the page shows what was saved
            browser.driver().navigate().refresh();
            browser.waitFor(d -> !d.findElements(By.cssSelector("form.wishes")).isEmpty());
            assertThat(browser.find("form.wishes input[name=notBefore]").getAttribute("value")).isEqualTo("10:45");
            assertThat(browser.find("form.wishes input[name=notAfter]").getAttribute("value")).isEmpty();
            assertThat(browser.find("#own-words").getAttribute("value")).isEqualTo("Coffee first, please. Knock loudly.");
            assertThat(browser.find("#continuity-IMPORTANT").isSelected()).isTrue();
            // only Anna visits her (Bram is refused): one first name to like or avoid
            assertThat(browser.all("form.wishes input[name=liked] + label").stream().map(WebElement::getText))
                    .containsExactly("Anna");

            // back to Dutch: the same form, its labels in Dutch
            browser.press(Keys.TAB);
            assertThat(browser.focused().getAttribute("id")).isEqualTo("language");
            browser.press(Keys.ENTER);
            browser.waitFor(ExpectedConditions.textToBe(By.id("h-wishes"), "Wat voor mij belangrijk is"));
            assertThat(browser.labelOf(browser.find("form.wishes input[name=notBefore]"))).isEqualTo("Niet vóór");
            assertThat(browser.labelOf(browser.find("#own-words")))
                    .isEqualTo("In uw eigen woorden, voor de verpleegkundige die komt");
            assertThat(browser.find("form.wishes input[name=notBefore]").getAttribute("value")).isEqualTo("10:45");
            browser.script("document.querySelector('#continuity-USUAL').closest('fieldset').scrollIntoView()");
            browser.screenshot("client-wishes-nl");
        }

        as(team.token()).get("/api/teams/" + team.id() + "/clients/" + client + "/wishes").then().statusCode(200)
                .body("timeWishes[0].notBefore", org.hamcrest.Matchers.equalTo("10:45"))
                .body("timeWishes[0].notAfter", org.hamcrest.Matchers.nullValue())
                .body("ownWords", org.hamcrest.Matchers.equalTo("Coffee first, please. Knock loudly."))
                .body("continuityImportance", org.hamcrest.Matchers.equalTo("IMPORTANT"))
                .body("lastChangedBy", org.hamcrest.Matchers.equalTo("CLIENT_LINK"));
    }

    @Test
    void relativeSetsATimeForOneWeekdayInDutchWithTheKeyboardOnly() {
        SmallTeam team = SmallTeam.create(fixtures, caseload);
        long client = team.washingClient();
        String page = as(team.token()).body(Map.of("relativeName", "Els", "mayEditWishes", true))
                .post("/api/teams/" + team.id() + "/clients/" + client + "/link").then()
                .statusCode(201).extract().path("pageUrl");

        try (Browser browser = Browser.open(url, 390, 844)) {
            browser.go("/client.html" + page.substring(page.indexOf('#')));
            browser.waitFor(d -> !d.findElements(By.cssSelector("form.wishes")).isEmpty());
            // "a different time on one day": a new row, its day chosen from the plan's days, the focus on it
            WebElement add = browser.tabTo("form.wishes button.add-day", TABS);
            assertThat(add.getText()).isEqualTo("Op één dag een andere tijd");
            browser.press(Keys.ENTER);
            browser.waitFor(d -> d.findElements(By.cssSelector("fieldset.day-wish")).size() == 1);
            WebElement day = browser.focused();
            assertThat(day.getTagName()).isEqualTo("select");
            assertThat(browser.labelOf(day)).isEqualTo("Dag");
            assertThat(day.getAttribute("value")).isEqualTo("MONDAY");
            assertThat(browser.find("fieldset.day-wish legend").getText()).isEqualTo("Op maandag");
            browser.press(Keys.ARROW_DOWN);
            browser.waitFor(d -> "TUESDAY".equals(d.switchTo().activeElement().getAttribute("value")));
            assertThat(browser.find("fieldset.day-wish legend").getText()).isEqualTo("Op dinsdag");
            browser.press(Keys.TAB);
            assertThat(browser.labelOf(browser.focused())).isEqualTo("Niet vóór");
            assertThat(browser.focused().getAttribute("name")).isEqualTo("dayNotBefore");
            browser.press("1100");
            browser.press(Keys.TAB);
            assertThat(browser.labelOf(browser.focused())).isEqualTo("Niet na");
            browser.press("10:00");
            // and a second day, left empty
            browser.tabTo("form.wishes button.add-day", TABS);
            browser.press(Keys.ENTER);
            browser.waitFor(d -> d.findElements(By.cssSelector("fieldset.day-wish")).size() == 2);
            assertThat(browser.focused().getAttribute("value")).isEqualTo("MONDAY");
            browser.tabTo("form.wishes button[type=submit]", TABS);
            browser.press(Keys.ENTER);
            // checked on the page first: each row says what is wrong with it, nothing is sent
            browser.waitFor(d -> d.findElements(By.cssSelector("fieldset.day-wish p.error")).stream()
                    .map(WebElement::getText).toList().equals(List.of(
                            "\"Niet na\" moet later zijn dan \"Niet vóór\".", "Schrijf een tijd, of haal deze dag weg.")));
            assertThat(browser.focused().getAttribute("name")).isEqualTo("dayNotBefore");
            assertThat(browser.focused().getAttribute("value")).isEqualTo("1100");
            browser.press(Keys.TAB);
            browser.focused().sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
            browser.press("12.00");
            // the empty day goes again with its own button
            WebElement remove = browser.tabTo("fieldset.day-wish[data-day='1'] button.remove-day", TABS);
            assertThat(remove.getAttribute("aria-label")).isEqualTo("Tijd voor maandag weghalen");
            browser.press(Keys.ENTER);
            browser.waitFor(d -> d.findElements(By.cssSelector("fieldset.day-wish")).size() == 1);
            assertThat(browser.focused().getAttribute("class")).contains("add-day");
            assertThat((Boolean) browser.script("return document.documentElement.scrollWidth "
                    + "<= document.documentElement.clientWidth")).isTrue();
            browser.screenshot("client-wishes-weekday-nl");
            browser.tabTo("form.wishes button[type=submit]", TABS);
            browser.press(Keys.ENTER);
            browser.waitFor(ExpectedConditions.textToBe(By.id("wishes-notice"),
                    "Opgeslagen. Het team ziet uw wensen."));

            // after a reload, and in English: Tuesday's own time
            browser.driver().navigate().refresh();
            browser.waitFor(d -> d.findElements(By.cssSelector("fieldset.day-wish")).size() == 1);
            browser.press(Keys.TAB);
            assertThat(browser.focused().getAttribute("id")).isEqualTo("language");
            browser.press(Keys.ENTER);
            browser.waitFor(ExpectedConditions.textToBe(By.cssSelector("fieldset.day-wish legend"), "On Tuesday"));
            assertThat(browser.find("fieldset.day-wish select").getAttribute("value")).isEqualTo("TUESDAY");
            assertThat(browser.find("fieldset.day-wish input[name=dayNotBefore]").getAttribute("value"))
                    .isEqualTo("11:00");
            assertThat(browser.find("fieldset.day-wish input[name=dayNotAfter]").getAttribute("value"))
                    .isEqualTo("12:00");
            assertThat(browser.labelOf(browser.find("fieldset.day-wish input[name=dayNotAfter]")))
                    .isEqualTo("Not after");
            assertThat(browser.find("form.wishes button.add-day").getText()).isEqualTo("A different time on one day");
        }

        as(team.token()).get("/api/teams/" + team.id() + "/clients/" + client + "/wishes").then().statusCode(200)
                .body("timeWishes", org.hamcrest.Matchers.hasSize(1))
                .body("timeWishes[0].weekday", org.hamcrest.Matchers.equalTo("TUESDAY"))
                .body("timeWishes[0].notBefore", org.hamcrest.Matchers.equalTo("11:00"))
                .body("timeWishes[0].notAfter", org.hamcrest.Matchers.equalTo("12:00"))
                .body("lastChangedBy", org.hamcrest.Matchers.equalTo("CLIENT_LINK"));
    }

    @Test
    void withoutTheTeamsLeaveHerWishesAreAListToRead() {
        SmallTeam team = SmallTeam.create(fixtures, caseload);
        long client = team.washingClient();
        as(team.token()).body(Map.of("ownWords", "Graag eerst koffie.", "continuityImportance", "VERY_IMPORTANT",
                "version", 0)).put("/api/teams/" + team.id() + "/clients/" + client + "/wishes").then().statusCode(200);
        String page = as(team.token()).body(Map.of()).post("/api/teams/" + team.id() + "/clients/" + client + "/link")
                .then().statusCode(201).extract().path("pageUrl");

        try (Browser browser = Browser.open(url, 390, 844)) {
            browser.go("/client.html" + page.substring(page.indexOf('#')));
            browser.waitFor(d -> d.findElement(By.cssSelector("section.wishes-section")).getText()
                    .contains("Graag eerst koffie."));
            String section = browser.find("section.wishes-section").getText();
            assertThat(section).contains("Vraag het aan het team.", "Heel belangrijk", "Geen voorkeur voor de tijd.");
            assertThat(browser.all("form.wishes")).isEmpty();
            assertThat(browser.all("section.wishes-section input, section.wishes-section textarea")).isEmpty();
        }
    }
}
