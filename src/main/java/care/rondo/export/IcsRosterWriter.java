package care.rondo.export;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Geo;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

/**
 * iCalendar (RFC 5545) of accepted visits: one VEVENT per visit with local times in the team's zone (TZID plus
 * its VTIMEZONE, so that times stay right across the DST change), a UID that survives re-plans and a SEQUENCE
 * that each re-plan bumps, so calendar apps update events instead of duplicating them.
 */
public final class IcsRosterWriter {

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private IcsRosterWriter() {
    }

    /** Writes one VCALENDAR; returns the number of events. Visits never given a time have nothing to show. */
    public static long write(Iterator<ExportRow> rows, String calendarName, OutputStream out) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Rondo//Rondo rosters//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new net.fortuna.ical4j.model.property.XProperty("X-WR-CALNAME", calendarName));
        Set<ZoneId> zones = new HashSet<>();
        long count = 0;
        while (rows.hasNext()) {
            ExportRow row = rows.next();
            if (row.start() == null && row.windowStart() == null) {
                continue;
            }
            if (zones.add(row.zone())) {
                calendar.add(vTimeZone(row.zone()));
            }
            calendar.add(event(row));
            count++;
        }
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            // validation off: it would re-check every event (slow) and the events are built valid here
            new CalendarOutputter(false).output(calendar, writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count;
    }

    /**
     * The zone's VTIMEZONE under the name the events use. Current tz data makes Europe/Amsterdam a link to
     * Europe/Brussels, and ical4j answers with the Brussels definition; a TZID the events do not reference
     * would leave strict parsers without a definition, so the copy is renamed.
     */
    private static VTimeZone vTimeZone(ZoneId zone) {
        VTimeZone definition = (VTimeZone) ZONES.getTimeZone(zone.getId()).getVTimeZone().copy();
        definition.replace(new TzId(zone.getId()));
        definition.removeAll(Property.TZURL, "X-LIC-LOCATION");
        return definition;
    }

    private static VEvent event(ExportRow row) {
        // the constructor stamps DTSTAMP; ZonedDateTime values become DTSTART;TZID=<zone> local times
        VEvent event = new VEvent(row.calendarStart(), row.calendarEnd(), summary(row));
        event.add(new Uid(row.uid()));
        event.add(new Sequence(Math.max(0, row.rosterVersion() - 1)));
        event.add(row.cancelled() ? new Status(Status.VALUE_CANCELLED) : new Status(Status.VALUE_CONFIRMED));
        event.add(new Location(row.address()));
        event.add(new Geo(BigDecimal.valueOf(row.latitude()), BigDecimal.valueOf(row.longitude())));
        event.add(new Description(description(row)));
        return event;
    }

    private static String summary(ExportRow row) {
        String who = row.nurseName() == null ? "unassigned" : row.nurseName();
        return row.clientName() + " (" + who + ")";
    }

    private static String description(ExportRow row) {
        StringBuilder text = new StringBuilder(row.durationMinutes() + " min, " + row.status().name().toLowerCase());
        if (row.partnerNurseName() != null) {
            text.append("\nWith ").append(row.partnerNurseName());
        }
        if (row.clientNotes() != null && !row.clientNotes().isBlank()) {
            text.append("\nNotes: ").append(row.clientNotes());
        }
        return text.toString();
    }
}
