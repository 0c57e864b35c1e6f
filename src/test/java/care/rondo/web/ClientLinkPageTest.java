package care.rondo.web;

import care.rondo.testing.CaseloadFixtures;
import care.rondo.testing.Fixtures;
import care.rondo.testing.Slow;
import care.rondo.testing.SmallTeam;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.net.URL;

import static care.rondo.testing.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/**
 * The client view's link on the team's client page, with the keyboard only: a member makes a link for a relative,
 * reads it once, and switches "the client or her relative may change her wishes" on and off; the client view
 * offers the form, then only the list, without a new link.
 */
@Slow
@QuarkusTest
class ClientLinkPageTest {

    private static final String PASSWORD = "link-secret-1";
    /** Tab presses at most to reach a field of the client page. */
    private static final int TABS = 80;

    @TestHTTPResource("/")
    URL url;

    @Inject
    Fixtures fixtures;

    @Inject
    CaseloadFixtures caseload;

    /** The client view as the relative sees it: whether "what matters to me" is a form. */
    private static boolean clientViewOffersTheForm(Browser browser, String pageUrl) {
        browser.go(pageUrl.substring(pageUrl.indexOf("/client.html")));
        browser.waitFor(d -> !d.findElements(By.cssSelector("form.wishes, section.wishes-section ul.wish-list,"
                + " section.wishes-section h3")).isEmpty());
        return !browser.all("form.wishes").isEmpty();
    }

    @Test
    void memberMakesALinkAndSwitchesWishEditingWithTheKeyboard() {
        SmallTeam team = SmallTeam.create(fixtures, caseload);
        long client = team.washingClient();
        String username = fixtures.memberSigningIn(team.id(), PASSWORD);
        String linkApi = "/api/teams/" + team.id() + "/clients/" + client + "/link";

        try (Browser browser = Browser.open(url)) {
            browser.signIn(username, PASSWORD);
            browser.go("/#/clients/" + client);
            browser.waitFor(d -> d.findElement(By.cssSelector("section.client-link .link-state")).getText()
                    .startsWith("She has no link"));
            assertThat(browser.all("#link-may-edit")).as("no switch without a link").isEmpty();
            assertThat(browser.find("section.client-link").getText()).as("nothing drawn for what is not there")
                    .doesNotContain("null");

            // a link for her daughter, editing off: made with the keyboard, shown once
            browser.tabTo("section.client-link input[name=relativeName]", TABS);
            browser.press("Els");
            browser.press(Keys.TAB);
            assertThat(browser.focused().getAttribute("id")).isEqualTo("new-link-may-edit");
            assertThat(browser.focused().isSelected()).isFalse();
            browser.press(Keys.TAB);
            assertThat(browser.focused().getText()).isEqualTo("Make a link");
            browser.press(Keys.ENTER);
            browser.waitFor(d -> "link-url".equals(d.switchTo().activeElement().getAttribute("id")));
            String pageUrl = browser.find("#link-url").getAttribute("value");
            assertThat(pageUrl).contains("/client.html#");
            assertThat(browser.find("section.client-link .link-state").getText())
                    .startsWith("Given to Els, made on").endsWith("not used yet.");
            WebElement editing = browser.find("#link-may-edit");
            assertThat(editing.isSelected()).isFalse();
            assertThat(browser.labelOf(editing))
                    .isEqualTo("The client or her relative may change her wishes through the link");
            browser.screenshot("client-link-made");
            as(team.token()).get(linkApi).then().statusCode(200).body("relativeName", equalTo("Els"))
                    .body("mayEditWishes", equalTo(false));

            assertThat(clientViewOffersTheForm(browser, pageUrl)).as("read only while the team has not allowed it")
                    .isFalse();

            // the team switches editing on with the keyboard: the same link now offers the form
            browser.go("/#/clients/" + client);
            browser.waitFor(d -> d.findElement(By.cssSelector("section.client-link .link-state")).getText()
                    .contains("used 2 times")); // her visits and her wishes: two uses of the link

            browser.tabTo("#link-may-edit", TABS);
            browser.press(Keys.SPACE);
            browser.waitFor(d -> d.findElement(By.id("toasts")).getText()
                    .contains("may now change her wishes"));
            assertThat(browser.find("#link-may-edit").isSelected()).isTrue();
            assertThat(browser.focused().getAttribute("id")).isEqualTo("link-may-edit");
            as(team.token()).get(linkApi).then().statusCode(200).body("mayEditWishes", equalTo(true));
            browser.screenshot("client-link-editing-on");
            assertThat(clientViewOffersTheForm(browser, pageUrl)).as("the same link, editing allowed").isTrue();

            // and off again: the form is gone, the list stays
            browser.go("/#/clients/" + client);
            browser.waitFor(d -> d.findElement(By.id("link-may-edit")).isSelected());
            browser.tabTo("#link-may-edit", TABS);
            browser.press(Keys.SPACE);
            browser.waitFor(d -> d.findElement(By.id("toasts")).getText().contains("read only"));
            assertThat(browser.find("#link-may-edit").isSelected()).isFalse();
            assertThat(clientViewOffersTheForm(browser, pageUrl)).isFalse();

            // each of her three looks is on record: her visits and her wishes each time
            browser.go("/#/clients/" + client);
            browser.waitFor(d -> d.findElement(By.cssSelector("section.client-link .link-state")).getText()
                    .contains("used 6 times"));
            browser.tabTo("section.client-link details.link-audit summary", TABS);
            browser.press(Keys.ENTER);
            browser.waitFor(d -> d.findElements(By.cssSelector("ol.link-uses li[data-action]")).size() == 6);
            assertThat(browser.all("ol.link-uses li[data-action]").stream().map(li -> li.getAttribute("data-action")))
                    .containsExactlyInAnyOrder("VIEW", "WISHES_VIEW", "VIEW", "WISHES_VIEW", "VIEW", "WISHES_VIEW");
            assertThat(browser.find("ol.link-uses").getText()).contains("looked at her visits", "read her wishes");
            browser.screenshot("client-link-uses");
        }
        as(team.token()).get(linkApi).then().statusCode(200).body("mayEditWishes", equalTo(false));
        as(team.token()).queryParam("limit", 200).get("/api/teams/" + team.id() + "/events").then().statusCode(200)
                .body("items.findAll { it.kind == 'CLIENT_LINK_WISHES_EDITING' }.details.mayEditWishes",
                        contains(true, false));
        given().get("/api/client-view/not-a-token").then().statusCode(404);
    }
}
