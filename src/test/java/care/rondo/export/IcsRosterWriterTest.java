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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The iCalendar output read back by ical4j's own parser: zones, DST, UIDs, SEQUENCE and cancellations. */
class IcsRosterWriterTest {

    private static String ics(List<ExportRow> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IcsRosterWriter.write(rows.iterator(), "test", out);
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
}
