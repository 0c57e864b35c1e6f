package care.rondo.rest;

import care.rondo.testing.Api;
import care.rondo.testing.CaseloadFixtures;
import care.rondo.testing.Fixtures;
import care.rondo.testing.Slow;
import care.rondo.testing.SmallTeam;
import care.rondo.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A nurse's calendar feed across a re-plan, read by ical4j as a calendar app would: nothing she was shown may
 * vanish (calendar apps keep vanished events forever), polls are answered 304 while nothing changed, and its
 * window is measured in the team's time zone.
 */
@Slow
@QuarkusTest
class CalendarFeedReplanTest {

    @Inject
    Fixtures fixtures;

    @Inject
    CaseloadFixtures caseload;

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static Calendar calendar(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static Map<String, VEvent> byUid(Calendar calendar) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .collect(Collectors.toMap(e -> value(e, Property.UID), e -> e));
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }

    private static void accept(SmallTeam team, long roster) {
        Api.as(team.token())
                .body(Map.of("rosterVersion", team.version(roster), "confirmBrokenHardRules", true))
                .post(team.roster(roster) + "/acceptance").then().statusCode(200);
    }

    private static Map<String, Object> annasInsulinVisit(SmallTeam team, long roster, String date) {
        return team.visits(roster).stream().filter(v -> SmallTeam.id(v, "clientId") == team.insulinClient()
                && date.equals(v.get("date"))).findFirst().orElseThrow();
    }

    private static void override(SmallTeam team, long roster, Map<String, Object> body) {
        Map<String, Object> request = new java.util.HashMap<>(body);
        request.put("rosterVersion", team.version(roster));
        Api.as(team.token()).body(request)
                .post(team.roster(roster) + "/overrides").then().statusCode(200);
    }

    @Test
    void shouldCancelWhatLeftHerInANewerVersionAndAnswerPollsWith304() throws Exception {
        clock.set(Instant.parse("2027-03-20T12:00:00Z"));
        SmallTeam team = SmallTeam.create(fixtures, caseload);
        long roster = team.createRoster("2027-W12");
        team.solve(roster);
        accept(team, roster);
        String anna = fixtures.nurseToken(team.id(), team.anna());
        String url = Api.as(anna).post("/api/me/calendar-feed").then().statusCode(201)
                .extract().path("url");
        String feed = url.substring(url.indexOf("/api/feeds/"));

        ExtractableResponse<Response> first = given().get(feed).then().statusCode(200).extract();
        assertThat(first.headers().getValues("Content-Disposition")).hasSize(1).first().asString()
                .startsWith("inline");
        String etag = first.header("ETag");
        String lastModified = first.header("Last-Modified");
        assertThat(etag).isNotBlank();
        assertThat(lastModified).isNotBlank();
        Calendar v1 = calendar(first.asString());
        assertThat(v1.getProperty("X-WR-CALNAME").orElseThrow().getValue()).contains("Anna");
        Map<String, VEvent> shown = byUid(v1);
        assertThat(shown.values()).isNotEmpty()
                .allSatisfy(e -> assertThat(value(e, Property.STATUS)).isEqualTo("CONFIRMED"));

        // polling: 304 on the ETag (weak too, as a compressing proxy returns it) and on the date
        given().header("If-None-Match", etag).get(feed).then().statusCode(304);
        given().header("If-None-Match", "W/" + etag).get(feed).then().statusCode(304);
        given().header("If-Modified-Since", lastModified).get(feed).then().statusCode(304);

        // re-plan: one of her visits cancelled, one handed to Bram, one left unassigned
        long draft = ((Number) Api.as(team.token())
                .body(Map.of("freezeAt", "2027-03-22T00:00:00+01:00")).post(team.roster(roster) + "/replans")
                .then().statusCode(201).extract().path("id")).longValue();
        Map<String, Object> cancelled = annasInsulinVisit(team, draft, "2027-03-24");
        Map<String, Object> handed = annasInsulinVisit(team, draft, "2027-03-25");
        Map<String, Object> unassigned = annasInsulinVisit(team, draft, "2027-03-26");
        Api.as(team.token())
                .body(Map.of("reason", "client in hospital", "rosterVersion", team.version(draft)))
                .post(team.roster(draft) + "/visits/" + cancelled.get("id") + "/cancellation").then().statusCode(200);
        override(team, draft, Map.of("kind", "MOVE", "visitId", handed.get("id"), "nurseId", team.bram()));
        override(team, draft, Map.of("kind", "UNASSIGN", "visitId", unassigned.get("id")));
        accept(team, draft);

        ExtractableResponse<Response> second = given().header("If-None-Match", etag).get(feed).then()
                .statusCode(200).extract();
        assertThat(second.header("ETag")).isNotEqualTo(etag);
        Map<String, VEvent> now = byUid(calendar(second.asString()));
        // nothing she was shown vanished; every event of the new version has a bumped SEQUENCE
        assertThat(now.keySet()).containsAll(shown.keySet());
        assertThat(now.values()).allSatisfy(e -> assertThat(value(e, Property.SEQUENCE)).isEqualTo("1"));
        List<VEvent> gone = now.values().stream().filter(e -> value(e, Property.STATUS).equals("CANCELLED")).toList();
        assertThat(gone).hasSize(3).allSatisfy(e -> {
            // at her last planned time, under the same UID
            assertThat(value(e, Property.DTSTART)).isEqualTo(value(shown.get(value(e, Property.UID)), Property.DTSTART));
            assertThat(value(e, Property.SUMMARY)).doesNotContain("Bram");
        });
        assertThat(gone).extracting(e -> value(e, Property.DTSTART).substring(0, 8))
                .containsExactlyInAnyOrder("20270324", "20270325", "20270326");

        // the team's export shows the unassigned visit tentative over its window (07:30-08:30, 20 minutes)
        List<VEvent> teamEvents = calendar(Api.as(team.token()).get(team.roster(draft)
                + "/export.ics").then().statusCode(200).extract().asString()).getComponents("VEVENT");
        assertThat(teamEvents).filteredOn(e -> value(e, Property.STATUS).equals("TENTATIVE")
                        && value(e, Property.SUMMARY).contains("de Vries")).singleElement()
                .satisfies(e -> {
                    assertThat(value(e, Property.DTSTART)).isEqualTo("20270326T073000");
                    assertThat(value(e, Property.DTEND)).isEqualTo("20270326T085000");
                });
    }

    @Test
    void shouldMeasureItsWindowInTheTeamsTimeZone() throws Exception {
        clock.set(Instant.parse("2027-03-20T12:00:00Z"));
        SmallTeam team = SmallTeam.create(fixtures, caseload);
        long roster = team.createRoster("2027-W12");
        team.solve(roster);
        accept(team, roster);
        String url = Api.as(fixtures.nurseToken(team.id(), team.anna())).post("/api/me/calendar-feed")
                .then().statusCode(201).extract().path("url");
        String feed = url.substring(url.indexOf("/api/feeds/"));

        // 00:30 on Monday 25 January in Utrecht (still Sunday in UTC): eight weeks ahead reach Monday 22 March
        clock.set(Instant.parse("2027-01-24T23:30:00Z"));
        List<VEvent> monday = calendar(given().get(feed).then().statusCode(200).extract().asString())
                .getComponents("VEVENT");
        assertThat(monday).isNotEmpty()
                .allSatisfy(e -> assertThat(value(e, Property.DTSTART)).startsWith("20270322T"));
        // an hour earlier it is still Sunday in Utrecht: the window ends on Sunday 21 March
        clock.set(Instant.parse("2027-01-24T22:30:00Z"));
        assertThat(calendar(given().get(feed).then().statusCode(200).extract().asString())
                .<VEvent>getComponents("VEVENT")).isEmpty();
    }
}
