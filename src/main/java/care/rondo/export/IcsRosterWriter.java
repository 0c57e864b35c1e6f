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
import net.fortuna.ical4j.model.property.XProperty;
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
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

/**
 * iCalendar (RFC 5545) of accepted visits: one VEVENT per visit with local times in the team's zone (TZID plus
 * its VTIMEZONE, so that times stay right across the DST change), a UID that survives re-plans and a SEQUENCE
 * that each re-plan bumps, so calendar apps update events instead of duplicating them.
 * <p>
 * Calendar apps keep an event that vanishes from a feed forever, so nothing that was once shown may vanish: a
 * cancelled visit stays as a cancelled event at its last planned time, and in a nurse's own calendar a visit that
 * left her (cancelled, unassigned, handed to a colleague) becomes a cancelled event at her last planned time. An
 * unassigned visit is no confirmed appointment: a team calendar shows it tentative over its window, a nurse's
 * calendar not at all.
 */
public final class IcsRosterWriter {

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");
    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private IcsRosterWriter() {
    }

    /** Writes one VCALENDAR; returns the number of events. */
    public static long write(Iterator<ExportRow> rows, FileHeading heading, OutputStream out) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Rondo//Rondo rosters//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        String name = heading.superseded() ? "SUPERSEDED " + heading.title() : heading.title();
        calendar.add(new XProperty("X-WR-CALNAME", name));
        if (heading.superseded()) {
            calendar.add(new XProperty("X-WR-CALDESC", heading.supersededNote()));
        }
        Set<ZoneId> zones = new HashSet<>();
        long count = 0;
        while (rows.hasNext()) {
            ExportRow row = rows.next();
            VEvent event = heading.ownerNurseId() != null ? personalEvent(row, heading.ownerNurseId(), heading)
                    : teamEvent(row, heading);
            if (event == null) {
                continue;
            }
            if (zones.add(row.zone())) {
                calendar.add(vTimeZone(row.zone()));
            }
            calendar.add(event);
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

    /** Team and roster exports: every visit; unassigned ones tentative over their window. */
    private static VEvent teamEvent(ExportRow row, FileHeading heading) {
        return switch (row.status()) {
            case PLANNED -> event(row, row.calendarStart(), row.calendarEnd(), Status.VALUE_CONFIRMED, heading);
            case CANCELLED -> event(row, row.calendarStart(), row.calendarEnd(), Status.VALUE_CANCELLED, heading);
            case UNASSIGNED -> event(row, row.windowStart().atZone(row.zone()),
                    row.windowEnd().atZone(row.zone()).plusMinutes(row.durationMinutes()), Status.VALUE_TENTATIVE,
                    heading);
        };
    }

    /** A nurse's own calendar: her planned visits, and the ones that left her cancelled at her last time. */
    private static VEvent personalEvent(ExportRow row, long nurseId, FileHeading heading) {
        boolean hers = row.status() == ExportRow.Status.PLANNED && row.nurseId() == nurseId;
        if (hers) {
            return event(row, row.calendarStart(), row.calendarEnd(), Status.VALUE_CONFIRMED, heading);
        }
        if (row.lastStart() == null || row.lastEnd() == null) {
            return null;
        }
        return event(row, row.lastStart().atZone(row.zone()), row.lastEnd().atZone(row.zone()),
                Status.VALUE_CANCELLED, heading);
    }

    private static VEvent event(ExportRow row, ZonedDateTime start, ZonedDateTime end, String status,
                                FileHeading heading) {
        // the constructor stamps DTSTAMP; ZonedDateTime values become DTSTART;TZID=<zone> local times
        VEvent event = new VEvent(start, end, summary(row, heading.ownerNurseId()));
        event.add(new Uid(row.uid()));
        event.add(new Sequence(Math.max(0, row.rosterVersion() - 1)));
        event.add(new Status(status));
        event.add(new Location(row.address()));
        event.add(new Geo(BigDecimal.valueOf(row.latitude()), BigDecimal.valueOf(row.longitude())));
        String description = description(row, heading.ownerNurseId());
        event.add(new Description(heading.superseded() ? heading.supersededNote() + "\n" + description
                : description));
        return event;
    }

    /** In her own calendar a visit that left her names no colleague: the feed is hers alone. */
    private static String summary(ExportRow row, Long ownerNurseId) {
        boolean leftHer = ownerNurseId != null
                && (row.status() != ExportRow.Status.PLANNED || !ownerNurseId.equals(row.nurseId()));
        String who = leftHer ? "no longer yours" : row.nurseName() == null ? "unassigned" : row.nurseName();
        return row.clientName() + " (" + who + ")";
    }

    private static String description(ExportRow row, Long ownerNurseId) {
        String status = row.status().name().toLowerCase();
        if (ownerNurseId != null && row.status() == ExportRow.Status.PLANNED && !ownerNurseId.equals(row.nurseId())) {
            status = "handed to a colleague";
        }
        if (ownerNurseId != null && row.status() == ExportRow.Status.UNASSIGNED) {
            status = "no longer planned";
        }
        StringBuilder text = new StringBuilder(row.durationMinutes() + " min, " + status);
        if (ownerNurseId == null && row.status() == ExportRow.Status.UNASSIGNED) {
            text.append(", to start between ").append(row.windowStart().atZone(row.zone()).format(HOURS))
                    .append(" and ").append(row.windowEnd().atZone(row.zone()).format(HOURS));
        }
        if (row.partnerNurseName() != null && (ownerNurseId == null || ownerNurseId.equals(row.nurseId()))) {
            text.append("\nWith ").append(row.partnerNurseName());
        }
        if (row.clientNotes() != null && !row.clientNotes().isBlank()) {
            text.append("\nNotes: ").append(row.clientNotes());
        }
        return text.toString();
    }
}
