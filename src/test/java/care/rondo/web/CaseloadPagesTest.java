package care.rondo.web;

import care.rondo.testing.Bodies;
import care.rondo.testing.Fixtures;
import care.rondo.testing.Slow;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static care.rondo.testing.Api.as;
import static care.rondo.testing.Api.create;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The caseload pages in headless Chromium, as a member of a fresh team uses them: nurses created through the
 * form, the server's validation messages next to the fields they name, a care plan edited on its client's page
 * (and a stale save caught), the team's weights changed; a coordinator reads the same pages without any way to
 * save. Screenshots land in target/screenshots.
 */
@Slow
@QuarkusTest
class CaseloadPagesTest {

    private static final String PASSWORD = "caseload-secret-1";
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @TestHTTPResource("/")
    URL url;

    @Inject
    Fixtures fixtures;

    record Member(long teamId, String username, String token) {
        String path(String rest) {
            return "/api/teams/" + teamId + rest;
        }
    }

    /** A fresh team and a member account that signs in with a password, as a nurse of the team would. */
    private Member newMember() {
        var team = fixtures.newTeamWithMember();
        String username = account("MEMBER", team.teamId());
        return new Member(team.teamId(), username, team.memberToken());
    }

    private String account(String role, Long teamId) {
        String username = role.toLowerCase() + "." + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new HashMap<>(Map.of("username", username, "password", PASSWORD, "role", role));
        if (teamId != null) {
            body.put("teamId", teamId);
        }
        as(fixtures.admin()).body(body).post("/api/accounts").then().statusCode(201);
        return username;
    }

    @Test
    void nurseIsCreatedThroughTheFormAndServerErrorsShowNextToTheirFields() {
        Member m = newMember();
        create(m.token(), m.path("/nurses"), Bodies.nurse("Bea Bakker"));
        try (Browser b = Browser.open(url)) {
            b.signIn(m.username(), PASSWORD);
            b.go("/#/nurses");
            assertThat(b.find(".caseload-table tbody a").getText()).isEqualTo("Bea Bakker");

            button(b, "New nurse").click();
            WebElement form = b.find("form.nurse-form");
            type(input(form, "name"), "Cora Claes");
            new Select(input(form, "level")).selectByValue("4");
            type(input(form, "skills"), "insulin, wound_care");
            type(input(form, "contractMinHours"), "16");
            type(input(form, "contractMaxHours"), "24");
            new Select(input(form, "travelMode")).selectByValue("CAR");
            // five weekday windows are offered; drop Friday's and start Mondays an hour later
            form.findElement(By.cssSelector("[data-field='availability[4]'] button.remove-row")).click();
            setValue(b, input(form, "availability[0].from"), "08:00");
            form.findElement(By.cssSelector("button[type=submit]")).click();

            b.waitFor(ExpectedConditions.urlMatches("#/nurses/\\d+$"));
            toast(b, "Cora Claes added");
            JsonPath cora = nurseNamed(m, "Cora Claes");
            assertThat(cora.getInt("level")).isEqualTo(4);
            assertThat(cora.getList("skills")).containsExactly("insulin", "wound_care");
            assertThat(cora.getString("travelMode")).isEqualTo("CAR");
            assertThat(cora.getList("availability.day")).containsExactly("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY");
            assertThat(cora.getString("availability[0].from")).isEqualTo("08:00");
            assertThat(cora.getDouble("start.latitude")).isEqualTo(52.0907); // the team office, offered by default

            // On her page: report two whole days of sickness (team time), then delete them again
            LocalDate first = LocalDate.now(AMSTERDAM).plusDays(10);
            WebElement absence = b.find("form.absence-form");
            new Select(absence.findElement(By.name("kind"))).selectByValue("SICKNESS");
            setValue(b, absence.findElement(By.name("fromDate")), first.toString());
            setValue(b, absence.findElement(By.name("toDate")), first.plusDays(1).toString());
            absence.findElement(By.cssSelector("button[type=submit]")).click();
            toast(b, "Absence reported");
            b.waitFor(d -> settled(() -> d.findElement(By.cssSelector(".absences tbody tr")).getText().contains("Sickness")));
            assertThat(b.find(".absences tbody tr").getText()).contains("(end of day)");
            JsonPath reported = as(m.token()).get(m.path("/nurses/" + cora.getLong("id") + "/absences"))
                    .then().statusCode(200).extract().jsonPath();
            assertThat(reported.getString("items[0].kind")).isEqualTo("SICKNESS");
            assertThat(Instant.parse(reported.getString("items[0].from")))
                    .isEqualTo(first.atStartOfDay(AMSTERDAM).toInstant());
            assertThat(Instant.parse(reported.getString("items[0].to")))
                    .isEqualTo(first.plusDays(2).atStartOfDay(AMSTERDAM).toInstant());
            b.find(".absences tbody button.danger").click();
            b.find("dialog.confirm button[value=ok]").click();
            b.find(".absences td.empty");
            as(m.token()).get(m.path("/nurses/" + cora.getLong("id") + "/absences")).then()
                    .body("totalItems", org.hamcrest.Matchers.equalTo(0));

            b.find("a[href='#/nurses']").click();
            b.waitFor(d -> b.all(".caseload-table tbody tr").size() == 2);
            assertThat(b.all(".caseload-table tbody td:first-child").stream().map(WebElement::getText))
                    .containsExactly("Bea Bakker", "Cora Claes");

            // Edit Bea: saved with her version, back on the list with her row marked
            b.find(".caseload-table tbody a").click();
            form = b.find("form.nurse-form");
            type(input(form, "contractMaxHours"), "28");
            button(b, "Save nurse").click();
            WebElement bea = b.find(".caseload-table tbody tr.just-saved");
            assertThat(bea.getText()).contains("Bea Bakker", "16–28 h");
            assertThat(nurseNamed(m, "Bea Bakker").getInt("version")).isEqualTo(1);
            b.screenshot("nurses-list");
            b.find("th button[title='Sort by level']").click(); // by level: ascending, then descending
            b.waitFor(d -> d.getCurrentUrl().contains("sort=level"));
            b.waitFor(d -> settled(() -> "ascending".equals(d.findElement(By.xpath("//th[.//button[@title='Sort by level']]"))
                    .getAttribute("aria-sort"))));
            b.find("th button[title='Sort by level']").click();
            b.waitFor(d -> d.getCurrentUrl().contains("sort=-level"));
            b.waitFor(d -> settled(() -> d.findElement(By.cssSelector(".caseload-table tbody td:first-child")).getText()
                    .equals("Cora Claes")));

            // Invalid: the page sends it anyway and shows what the server answers, next to each field.
            button(b, "New nurse").click();
            form = b.find("form.nurse-form");
            type(input(form, "name"), "Dirk Dekker");
            type(input(form, "skills"), "insulin, Wound Care");
            type(input(form, "contractMinHours"), "20");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            WebElement maxHours = errorOf(b, "form.nurse-form", "contractMaxHours");
            assertThat(maxHours.getText()).isEqualTo("must not be null");
            assertThat(input(form, "contractMaxHours").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(errorOf(b, "form.nurse-form", "skills").getText())
                    .isEqualTo("“Wound Care” must be a lower-case skill code such as wound_care");
            assertThat(input(form, "name").getAttribute("aria-invalid")).isNull();
            assertThat(b.driver().switchTo().activeElement().getAttribute("name")).isIn("skills", "contractMaxHours");
            b.script("window.scrollTo(0, 0)");
            b.screenshot("nurse-form-errors");

            // Fixed those; now the rules across fields answer, again next to the field they name.
            type(input(form, "skills"), "insulin, wound_care");
            type(input(form, "contractMaxHours"), "16");
            setValue(b, input(form, "availability[1].to"), "06:00");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            assertThat(errorOf(b, "form.nurse-form", "contractMinHours").getText())
                    .isEqualTo("must not be more than the maximum hours");
            assertThat(errorOf(b, "form.nurse-form", "availability[1].to").getText())
                    .startsWith("must be after from");
            assertThat(input(form, "availability[1].to").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(input(form, "skills").getAttribute("aria-invalid")).isNull();
            assertThat(form.findElement(By.cssSelector("[data-field=skills] .field-error")).isDisplayed()).isFalse();
            as(m.token()).get(m.path("/nurses")).then().statusCode(200)
                    .body("totalItems", org.hamcrest.Matchers.equalTo(2));
        }
    }

    @Test
    void carePlanIsEditedOnItsClientsPageAndAStaleSaveOffersToReload() {
        Member m = newMember();
        long client = create(m.token(), m.path("/clients"), Bodies.client("Mevrouw Jansen"));
        create(m.token(), m.path("/clients"), Bodies.client("Meneer Pietersen"));
        String plans = m.path("/clients/" + client + "/care-plans");
        long plan = create(m.token(), plans, Bodies.carePlan("Insulin injection"));
        try (Browser b = Browser.open(url)) {
            b.signIn(m.username(), PASSWORD);
            b.go("/#/clients");
            b.waitFor(d -> b.all("#client-table tbody tr[data-id]").size() == 2);
            b.find("#client-search").sendKeys("jans");
            b.waitFor(d -> visibleRows(b) == 1);
            assertThat(b.find(".filter-status").getText()).isEqualTo("1 of 2 clients on this page match “jans”.");
            b.find("#client-table tbody tr:not([hidden]) a").click();

            WebElement item = b.find("li.plan[data-id='" + plan + "']");
            assertThat(item.getText()).contains("Insulin injection", "3× a week", "07:30–08:30", "20 min");
            b.find("button[aria-label='Edit care plan Insulin injection']").click();
            WebElement form = b.find("form.care-plan-form");
            type(input(form, "durationMinutes"), "35");
            form.findElement(By.cssSelector("button.add-row")).click(); // a second visit, four hours later
            assertThat(input(form, "windows[1].from").getAttribute("value")).isEqualTo("11:30");
            b.screenshot("care-plan-form");
            form.findElement(By.cssSelector("button[type=submit]")).click();

            b.waitFor(d -> b.all("form.care-plan-form").isEmpty());
            item = b.find("li.plan[data-id='" + plan + "']");
            assertThat(item.getText()).contains("35 min", "6× a week", "07:30–08:30, 11:30–12:30");
            toast(b, "Care plan saved");
            JsonPath saved = as(m.token()).get(plans + "/" + plan).then().statusCode(200).extract().jsonPath();
            assertThat(saved.getInt("durationMinutes")).isEqualTo(35);
            assertThat(saved.getList("windows.to")).containsExactly("08:30", "12:30");
            assertThat(saved.getInt("version")).isEqualTo(1);
            b.screenshot("client-care-plans");

            // Someone else saves the plan while it is open here: this save is refused, and reload shows theirs.
            b.find("button[aria-label='Edit care plan Insulin injection']").click();
            form = b.find("form.care-plan-form");
            Map<String, Object> theirs = Bodies.carePlan("Insulin injection");
            theirs.put("durationMinutes", 40);
            as(m.token()).header("If-Match", "\"1\"").body(theirs).put(plans + "/" + plan).then().statusCode(200);
            type(input(form, "description"), "Insulin injection and blood sugar");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            WebElement conflict = b.find("form.care-plan-form .conflict");
            assertThat(conflict.getText()).contains("Someone else changed this care plan");
            b.screenshot("care-plan-conflict");
            conflict.findElement(By.cssSelector("button.reload")).click();
            b.waitFor(d -> settled(() -> "40".equals(d.findElement(
                    By.cssSelector("form.care-plan-form [data-field=durationMinutes] input")).getAttribute("value"))));
            assertThat(b.find("form.care-plan-form [data-field=description] input").getAttribute("value"))
                    .isEqualTo("Insulin injection");
            as(m.token()).get(plans + "/" + plan).then().body("description", org.hamcrest.Matchers.equalTo("Insulin injection"));
        }
    }

    @Test
    void weightIsChangedAndAnInvalidOneIsRefusedNextToIt() {
        Member m = newMember();
        try (Browser b = Browser.open(url)) {
            b.signIn(m.username(), PASSWORD);
            b.go("/#/weights");
            WebElement form = b.find("form.weights-form");
            WebElement travel = b.find("#w-travel-time");
            assertThat(travel.getAttribute("value")).isEqualTo("1");
            type(travel, "-5");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            WebElement error = errorOf(b, "form.weights-form", "weights[travel-time]");
            assertThat(error.getText()).isEqualTo("must be between 0 and 1000000");
            assertThat(travel.getAttribute("aria-invalid")).isEqualTo("true");

            type(travel, "3");
            type(b.find("#w-distinct-nurses-per-client"), "7200");
            assertThat(b.find("tr[data-constraint='distinct-nurses-per-client'] .equivalent").getText())
                    .isEqualTo("≈ 2 h of travel");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            toast(b, "Weights saved");
            assertThat(travel.getAttribute("aria-invalid")).isNull();
            JsonPath weights = as(m.token()).get(m.path("/constraint-weights")).then().statusCode(200)
                    .extract().jsonPath();
            assertThat(weights.getLong("weights.find { it.constraint == 'Travel time' }.weight")).isEqualTo(3);
            assertThat(weights.getLong("weights.find { it.constraint == 'Distinct nurses per client' }.weight"))
                    .isEqualTo(7200);
            b.screenshot("weights");

            // Reset fills in the defaults without saving them
            b.find("button.reset").click();
            assertThat(travel.getAttribute("value")).isEqualTo("1");
            assertThat(travelWeight(m)).isEqualTo(3);

            // A colleague saves meanwhile; this page's save is refused until she chooses to save hers over it
            long version = as(m.token()).get(m.path("/constraint-weights")).then().extract().jsonPath().getLong("version");
            as(m.token()).header("If-Match", "\"" + version + "\"").body(Map.of("weights", Map.of("travel-time", 5)))
                    .put(m.path("/constraint-weights")).then().statusCode(200);
            type(travel, "4");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            WebElement conflict = b.find("form.weights-form .conflict");
            assertThat(travelWeight(m)).isEqualTo(5);
            conflict.findElement(By.cssSelector("button.overwrite")).click();
            b.waitFor(d -> travelWeight(m) == 4);
            assertThat(b.all("form.weights-form .conflict")).isEmpty();
        }
    }

    @Test
    void coordinatorReadsTheCaseloadWithoutAnyWayToChangeIt() {
        Member m = newMember();
        long nurse = create(m.token(), m.path("/nurses"), Bodies.nurse("Bea Bakker"));
        long client = create(m.token(), m.path("/clients"), Bodies.client("Mevrouw Jansen"));
        create(m.token(), m.path("/clients/" + client + "/care-plans"), Bodies.carePlan("Insulin injection"));
        String coordinator = account("COORDINATOR", null);
        try (Browser b = Browser.open(url, 820, 1180)) { // tablet, portrait
            b.signIn(coordinator, PASSWORD);
            b.script("sessionStorage.setItem('rondo.team', arguments[0])", String.valueOf(m.teamId()));
            b.go("/#/nurses");
            b.driver().navigate().refresh();
            assertThat(b.find(".caseload-table tbody a").getText()).isEqualTo("Bea Bakker");
            assertThat(b.find(".read-only-note").getText()).contains("Read-only");
            assertThat(buttons(b, "New nurse")).isEmpty();

            b.go("/#/nurses/" + nurse);
            WebElement form = b.find("form.nurse-form");
            assertThat(input(form, "name").getAttribute("value")).isEqualTo("Bea Bakker");
            assertThat(input(form, "name").isEnabled()).isFalse();
            assertThat(form.findElements(By.cssSelector("button"))).isEmpty();
            assertThat(b.all("form.absence-form")).isEmpty();

            b.go("/#/clients/" + client);
            b.find("li.plan");
            b.screenshot("client-read-only-tablet");
            assertThat(b.all("[data-field=notes]")).isEmpty(); // notes are for the team's own nurses
            assertThat(b.all("main button").stream().map(WebElement::getText).toList())
                    .doesNotContain("Save client", "Archive client", "Edit", "Archive", "New care plan");

            b.go("/#/weights");
            assertThat(b.find("#w-travel-time").isEnabled()).isFalse();
            assertThat(b.all("form.weights-form button")).isEmpty();
        }
    }

    // ---- helpers ----

    private static long travelWeight(Member m) {
        return as(m.token()).get(m.path("/constraint-weights")).then().statusCode(200).extract().jsonPath()
                .getLong("weights.find { it.constraint == 'Travel time' }.weight");
    }

    private static JsonPath nurseNamed(Member m, String name) {
        List<Map<String, Object>> items = as(m.token()).get(m.path("/nurses")).then().statusCode(200)
                .extract().jsonPath().getList("items");
        Object id = items.stream().filter(n -> name.equals(n.get("name"))).findFirst().orElseThrow().get("id");
        return as(m.token()).get(m.path("/nurses/" + id)).then().statusCode(200).extract().jsonPath();
    }

    /** The input, select or textarea of the field the API calls `name`. */
    private static WebElement input(WebElement form, String name) {
        return form.findElement(By.cssSelector("[data-field='" + name + "'] input, [data-field='" + name + "'] select, "
                + "[data-field='" + name + "'] textarea"));
    }

    /** Waits for the server's message under the field the API calls `name` and returns it. */
    private static WebElement errorOf(Browser b, String form, String name) {
        return b.find(form + " [data-field='" + name + "'] .field-error:not([hidden])");
    }

    private static void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    /** Time inputs are locale-formatted when typed; the page reads their value, so it is set directly. */
    private static void setValue(Browser b, WebElement input, String value) {
        b.script("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input, value);
    }

    private static WebElement button(Browser b, String text) {
        return b.waitFor(d -> buttons(b, text).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    private static List<WebElement> buttons(Browser b, String text) {
        return b.all("main button").stream().filter(e -> text.equals(e.getText().trim())).toList();
    }

    /** Waits for a toast saying `text` (earlier ones may still be showing). */
    private static String toast(Browser b, String text) {
        return b.waitFor(d -> b.all("#toasts .toast").stream().map(WebElement::getText)
                .filter(t -> t.contains(text)).findFirst().orElse(null));
    }

    /** A condition on elements that the page may be re-rendering meanwhile. */
    private static boolean settled(java.util.function.BooleanSupplier check) {
        try {
            return check.getAsBoolean();
        } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
            return false;
        }
    }

    private static long visibleRows(Browser b) {
        return b.all("#client-table tbody tr[data-id]").stream().filter(WebElement::isDisplayed).count();
    }
}
