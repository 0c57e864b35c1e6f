package care.rondo.export;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The iCalendar output read back by ical4j's own parser: zones, DST, UIDs, SEQUENCE and cancellations. */
class IcsRosterWriterTest {

    private static String ics(List<ExportRow> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IcsRosterWriter.write(rows.iterator(), FileHeading.titled("test"), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static LocalDateTime localStart(VEvent event) {
        Temporal start = start(event);
        return ((ZonedDateTime) start).withZoneSameInstant(Rows.AMSTERDAM).toLocalDateTime();
    }

    private static Temporal start(VEvent event) {
        return event.<DtStart<Temporal>>getProperty(Property.DTSTART).orElseThrow().getDate();
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }

    @Test
    void shouldKeepLocalWallClockTimesAcrossBothDstChanges() throws Exception {
        // the last Sundays of March and October 2027: 28 March (CET -> CEST) and 31 October (CEST -> CET)
        List<ExportRow> rows = List.of(
                Rows.visit(1, 1, LocalDate.of(2027, 3, 27), LocalTime.of(8, 0), "Anna", "Mevrouw de Vries", false),
                Rows.visit(2, 1, LocalDate.of(2027, 3, 28), LocalTime.of(8, 0), "Anna", "Mevrouw de Vries", false),
                Rows.visit(3, 1, LocalDate.of(2027, 10, 30), LocalTime.of(8, 0), "Anna", "Mevrouw de Vries", false),
                Rows.visit(4, 1, LocalDate.of(2027, 10, 31), LocalTime.of(8, 0), "Anna", "Mevrouw de Vries", false));
        String text = ics(rows);
        assertThat(text).contains("BEGIN:VTIMEZONE", "TZID:Europe/Amsterdam",
                "DTSTART;TZID=Europe/Amsterdam:20270328T080000", "DTSTART;TZID=Europe/Amsterdam:20271031T080000")
                .doesNotContain("Europe/Brussels");
        Calendar calendar = parse(text);
        assertThat(calendar.<VTimeZone>getComponents("VTIMEZONE")).hasSize(1);
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(4).allSatisfy(e -> assertThat(localStart(e).toLocalTime()).isEqualTo("08:00"));
        // the same 08:00 is 07:00 UTC in winter and 06:00 UTC in summer
        assertThat(((ZonedDateTime) start(events.get(0))).toInstant())
                .hasToString("2027-03-27T07:00:00Z");
        assertThat(((ZonedDateTime) start(events.get(1))).toInstant())
                .hasToString("2027-03-28T06:00:00Z");
    }

    @Test
    void shouldKeepUidsAcrossReplansBumpSequenceAndCancel() throws Exception {
        LocalDate day = LocalDate.of(2027, 1, 12);
        String first = ics(List.of(Rows.visit(41, 1, day, LocalTime.of(9, 0), "Anna", "Meneer Jansen", false)));
        String replanned = ics(List.of(Rows.visit(41, 2, day, LocalTime.of(10, 0), "Bram", "Meneer Jansen", true)));
        VEvent before = parse(first).<VEvent>getComponents("VEVENT").get(0);
        VEvent after = parse(replanned).<VEvent>getComponents("VEVENT").get(0);
        assertThat(after.getUid().orElseThrow().getValue()).isEqualTo(before.getUid().orElseThrow().getValue());
        assertThat(before.getUid().orElseThrow().getValue()).isEqualTo("visit-41@rondo.care");
        assertThat(value(before, Property.SEQUENCE)).isEqualTo("0");
        assertThat(value(after, Property.SEQUENCE)).isEqualTo("1");
        assertThat(value(after, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(before, Property.STATUS)).isEqualTo("CONFIRMED");
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(Rows.AMSTERDAM).toInstant();
    }

    private static Map<String, VEvent> byUid(String text) throws Exception {
        return parse(text).<VEvent>getComponents("VEVENT").stream()
                .collect(Collectors.toMap(e -> e.getUid().orElseThrow().getValue(), e -> e));
    }

    @Test
    void shouldShowUnassignedVisitsTentativeOverTheirWindowAndCancelledOnesAtTheirLastTime() throws Exception {
        LocalDate day = LocalDate.of(2027, 1, 12);
        ExportRow planned = Rows.visit(1, 2, day, LocalTime.of(8, 0), "Anna", "Mevrouw de Vries", false);
        // window 09:00-10:00, 30 minutes: it may last until 10:30
        ExportRow unassigned = Rows.changed(Rows.visit(2, 2, day, LocalTime.of(9, 0), null, "Meneer Jansen", false),
                null, null, false, null);
        ExportRow cancelled = Rows.changed(Rows.visit(3, 2, day, LocalTime.of(7, 0), null, "Mevrouw Bakker", true),
                null, null, true, at(day, 11, 15));
        Map<String, VEvent> events = byUid(ics(List.of(planned, unassigned, cancelled)));

        assertThat(value(events.get("visit-1@rondo.care"), Property.STATUS)).isEqualTo("CONFIRMED");
        VEvent open = events.get("visit-2@rondo.care");
        assertThat(value(open, Property.STATUS)).isEqualTo("TENTATIVE");
        assertThat(localStart(open).toLocalTime()).isEqualTo("09:00");
        assertThat(value(open, Property.DTEND)).isEqualTo("20270112T103000");
        assertThat(value(open, Property.DESCRIPTION)).contains("unassigned, to start between 09:00 and 10:00");
        VEvent gone = events.get("visit-3@rondo.care");
        assertThat(value(gone, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(localStart(gone).toLocalTime()).isEqualTo("11:15");
        assertThat(value(gone, Property.SEQUENCE)).isEqualTo("1");
    }

    @Test
    void shouldCancelInHerOwnCalendarWhatLeftHerAtHerLastPlannedTime() throws Exception {
        LocalDate day = LocalDate.of(2027, 1, 12);
        long anna = 'A';
        ExportRow hers = Rows.visit(1, 3, day, LocalTime.of(8, 0), "Anna", "Mevrouw de Vries", false);
        ExportRow toBram = Rows.changed(Rows.visit(2, 3, day, LocalTime.of(9, 0), "Bram", "Meneer Jansen", false),
                "Bram", at(day, 9, 40), false, at(day, 9, 0));
        ExportRow cancelled = Rows.changed(Rows.visit(3, 3, day, LocalTime.of(10, 0), null, "Mevrouw Bakker", true),
                null, null, true, at(day, 10, 5));
        ExportRow unassigned = Rows.changed(Rows.visit(4, 3, day, LocalTime.of(11, 0), null, "Meneer Visser", false),
                null, null, false, at(day, 11, 10));
        ExportRow neverHers = Rows.changed(Rows.visit(5, 3, day, LocalTime.of(12, 0), null, "Meneer Smit", false),
                null, null, false, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written = IcsRosterWriter.write(List.of(hers, toBram, cancelled, unassigned, neverHers).iterator(),
                new FileHeading("Rondo: visits of Anna (Team Lombok)", null, anna), out);
        String text = out.toString(StandardCharsets.UTF_8);

        assertThat(written).isEqualTo(4);
        assertThat(text).contains("X-WR-CALNAME:Rondo: visits of Anna (Team Lombok)").doesNotContain("Bram");
        Map<String, VEvent> events = byUid(text);
        assertThat(events).doesNotContainKey("visit-5@rondo.care");
        assertThat(value(events.get("visit-1@rondo.care"), Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(Map.of("visit-2@rondo.care", "09:00", "visit-3@rondo.care", "10:05", "visit-4@rondo.care", "11:10"))
                .allSatisfy((uid, time) -> {
                    VEvent event = events.get(uid);
                    assertThat(value(event, Property.STATUS)).as(uid).isEqualTo("CANCELLED");
                    assertThat(localStart(event).toLocalTime()).as(uid).hasToString(time);
                    assertThat(value(event, Property.SEQUENCE)).as(uid).isEqualTo("2");
                });
    }

    @Test
    void shouldNameASupersededVersionInTheCalendarAndEveryEvent() throws Exception {
        ExportRow row = Rows.visit(1, 1, LocalDate.of(2027, 1, 12), LocalTime.of(8, 0), "Anna", "Mevrouw de Vries",
                false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IcsRosterWriter.write(List.of(row).iterator(), new FileHeading("Rondo 2027-W02", "SUPERSEDED: version 1",
                null), out);
        Calendar calendar = parse(out.toString(StandardCharsets.UTF_8));
        assertThat(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue()).startsWith("SUPERSEDED");
        assertThat(value(calendar.<VEvent>getComponents("VEVENT").get(0), Property.DESCRIPTION))
                .startsWith("SUPERSEDED: version 1");
    }
}
