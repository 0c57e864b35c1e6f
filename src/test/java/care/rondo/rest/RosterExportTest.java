package care.rondo.rest;

import care.rondo.testing.Api;
import care.rondo.testing.CaseloadFixtures;
import care.rondo.testing.Fixtures;
import care.rondo.testing.Slow;
import care.rondo.testing.SmallTeam;
import care.rondo.testing.TestWeek;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Accepted rosters as files, read back by CSV, iCalendar, spreadsheet and PDF readers; roles and audit. */
@Slow
@QuarkusTest
class RosterExportTest {

    private static final String NAME = "Bakker, \"Tante\" Riet";

    @Inject
    Fixtures fixtures;

    @Inject
    CaseloadFixtures caseload;

    private static List<CSVRecord> csv(String text) throws Exception {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text))) {
            return parser.getRecords();
        }
    }

    private static List<VEvent> events(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics)).getComponents("VEVENT");
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }

    private static void accept(SmallTeam team, long roster) {
        Api.as(team.token())
                .body(Map.of("rosterVersion", team.version(roster), "confirmBrokenHardRules", true))
                .post(team.roster(roster) + "/acceptance").then().statusCode(200);
    }

    @Test
    void shouldExportAcceptedRostersInEveryFormatForTheRightReaders() throws Exception {
        SmallTeam team = SmallTeam.create(fixtures, caseload);
        fixtures.describeClient(team.washingClient(), NAME, "Key in the box, code 1234");
        TestWeek w = team.week();
        long roster = team.createRoster();
        Api.as(team.token()).get(team.roster(roster) + "/export.csv").then().statusCode(409);
        team.solve(roster);
        accept(team, roster);
        int visits = team.visits(roster).size();

        String memberCsv = Api.as(team.token()).get(team.roster(roster) + "/export.csv").then()
                .statusCode(200).contentType("text/csv;charset=UTF-8").extract().asString();
        List<CSVRecord> rows = csv(memberCsv);
        assertThat(rows).hasSize(visits);
        assertThat(rows).filteredOn(r -> r.get("client").equals(NAME)).isNotEmpty()
                .allSatisfy(r -> assertThat(r.get("client_notes")).isEqualTo("Key in the box, code 1234"));
        assertThat(rows).filteredOn(r -> r.get("status").equals("PLANNED"))
                .allSatisfy(r -> assertThat(r.get("start")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:00\\+01:00")
                        .satisfies(start -> assertThat(start.substring(0, 10))
                                .isBetween(w.day(MONDAY), w.day(SUNDAY))));

        // a coordinator exports two teams at once, without client notes; members may not
        var other = fixtures.newTeamWithMember();
        String region = "/api/exports/visits.csv?teamIds=" + team.id() + "," + other.teamId()
                + "&from=" + w.day(MONDAY) + "&to=" + w.day(SUNDAY);
        List<CSVRecord> coordinatorRows = csv(Api.as(fixtures.coordinator()).get(region).then()
                .statusCode(200).extract().asString());
        assertThat(coordinatorRows).hasSize(visits).allSatisfy(r -> assertThat(r.get("client_notes")).isEmpty());
        Api.as(team.token()).get(region).then().statusCode(403);
        Api.as(other.memberToken()).get(team.roster(roster) + "/export.csv").then().statusCode(404);
        Api.as(fixtures.coordinator()).get(team.roster(roster) + "/export.csv").then()
                .statusCode(200);
        Api.as(team.token()).get("/api/teams/" + team.id() + "/exports/visits.csv?from=" + w.day(MONDAY))
                .then().statusCode(400);
        assertThat(csv(Api.as(team.token()).get("/api/teams/" + team.id()
                + "/exports/visits.csv?from=" + w.day(TUESDAY) + "&to=" + w.day(TUESDAY)).then().statusCode(200)
                .extract().asString()))
                .hasSize((int) rows.stream().filter(r -> r.get("date").equals(w.day(TUESDAY))).count());

        List<VEvent> week = events(Api.as(team.token()).get(team.roster(roster) + "/export.ics")
                .then().statusCode(200).extract().asString());
        assertThat(week).isNotEmpty().allSatisfy(e -> assertThat(value(e, Property.SEQUENCE)).isEqualTo("0"));

        byte[] xlsx = Api.as(team.token()).get(team.roster(roster) + "/export.xlsx").then()
                .statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(7);
            assertThat(workbook.getSheetName(0)).isEqualTo(w.day(MONDAY));
        }

        byte[] pdf = Api.as(team.token()).get(team.roster(roster) + "/day-lists.pdf?date=" + w.day(TUESDAY))
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        long nurseDays = rows.stream()
                .filter(r -> r.get("date").equals(w.day(TUESDAY)) && r.get("status").equals("PLANNED"))
                .map(r -> r.get("nurse")).distinct().count();
        var reader = new com.lowagie.text.pdf.PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isEqualTo((int) nurseDays);
        reader.close();

        List<Map<String, Object>> exported = Api.as(team.token()).queryParam("limit", 200)
                .get("/api/teams/" + team.id() + "/events").then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.kind == 'EXPORTED' }.details");
        assertThat(exported).hasSize(7);
        assertThat(exported).extracting(d -> d.get("format"))
                .contains("CSV", "ICS", "XLSX_PER_DAY", "PDF_DAY_LISTS");
        assertThat(exported.get(0).get("rows")).isEqualTo(visits);
        assertThat(exported).filteredOn(d -> "region".equals(d.get("scope")))
                .allSatisfy(d -> assertThat(d.get("clientNotes")).isEqualTo(false));
    }

    @Test
    void shouldKeepCalendarUidsAcrossAReplanBumpSequenceAndCancel() throws Exception {
        SmallTeam team = SmallTeam.create(fixtures, caseload);
        TestWeek w = team.week();
        long roster = team.createRoster();
        team.solve(roster);
        accept(team, roster);
        List<VEvent> accepted = events(Api.as(team.token()).get(team.roster(roster)
                + "/export.ics").then().statusCode(200).extract().asString());
        Map<String, String> before = accepted.stream()
                .collect(Collectors.toMap(e -> value(e, Property.UID), e -> value(e, Property.STATUS)));
        Map<String, String> startsBefore = accepted.stream()
                .collect(Collectors.toMap(e -> value(e, Property.UID), e -> value(e, Property.DTSTART)));

        long draft = ((Number) Api.as(team.token())
                .body(Map.of("freezeAt", w.at(MONDAY, "00:00"))).post(team.roster(roster) + "/replans")
                .then().statusCode(201).extract().path("id")).longValue();
        Map<String, Object> washing = team.visits(draft).stream()
                .filter(v -> SmallTeam.id(v, "clientId") == team.washingClient()
                        && w.day(WEDNESDAY).equals(v.get("date")))
                .findFirst().orElseThrow();
        Api.as(team.token())
                .body(Map.of("reason", "client in hospital", "rosterVersion", team.version(draft)))
                .post(team.roster(draft) + "/visits/" + washing.get("id") + "/cancellation").then().statusCode(200);
        team.solve(draft);
        accept(team, draft);

        List<VEvent> after = events(Api.as(team.token()).get(team.roster(draft) + "/export.ics")
                .then().statusCode(200).extract().asString());
        assertThat(after).extracting(e -> value(e, Property.UID)).containsExactlyInAnyOrderElementsOf(before.keySet());
        assertThat(after).allSatisfy(e -> assertThat(value(e, Property.SEQUENCE)).isEqualTo("1"));
        // the cancelled visit keeps its last planned time, not its window's start
        assertThat(after).filteredOn(e -> value(e, Property.STATUS).equals("CANCELLED")).hasSize(1)
                .allSatisfy(e -> assertThat(value(e, Property.DTSTART))
                        .startsWith(w.day(WEDNESDAY).replace("-", "") + "T")
                        .isEqualTo(startsBefore.get(value(e, Property.UID))));
        Api.as(team.token()).get(team.roster(draft)).then().body("status", equalTo("ACCEPTED"));

        // the replaced version stays exportable, saying so in every format
        var superseded = Api.as(team.token()).get(team.roster(roster) + "/export.ics").then()
                .statusCode(200).extract();
        assertThat(superseded.header("Content-Disposition")).contains("superseded");
        assertThat(new CalendarBuilder().build(new StringReader(superseded.asString()))
                .getProperty("X-WR-CALNAME").orElseThrow().getValue()).startsWith("SUPERSEDED");
        assertThat(csv(Api.as(team.token()).get(team.roster(roster) + "/export.csv").then()
                .statusCode(200).extract().asString())).allSatisfy(r -> assertThat(r.get("superseded")).isEqualTo("true"));
        assertThat(csv(Api.as(team.token()).get(team.roster(draft) + "/export.csv").then()
                .statusCode(200).extract().asString())).allSatisfy(r -> assertThat(r.get("superseded")).isEqualTo("false"));
        byte[] pdf = Api.as(team.token()).get(team.roster(roster) + "/day-lists.pdf").then()
                .statusCode(200).extract().asByteArray();
        var reader = new com.lowagie.text.pdf.PdfReader(pdf);
        assertThat(new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1))
                .contains("SUPERSEDED: version 1 of " + w.iso() + ", replaced by version 2");
        reader.close();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Api.as(team.token())
                .get(team.roster(roster) + "/export.xlsx").then().statusCode(200).extract().asByteArray()))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("SUPERSEDED");
        }
    }
}
