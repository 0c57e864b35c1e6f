package care.rondo.service.export;

import care.rondo.domain.Roster;
import care.rondo.domain.RosterEvent;
import care.rondo.domain.RosterStatus;
import care.rondo.export.CsvRosterWriter;
import care.rondo.domain.RosterSnapshot;
import care.rondo.export.ExportRow;
import care.rondo.export.FileHeading;
import care.rondo.export.IcsRosterWriter;
import care.rondo.export.PdfDayListWriter;
import care.rondo.export.XlsxRosterWriter;
import care.rondo.security.CurrentUser;
import care.rondo.security.TeamAccess;
import care.rondo.service.ConflictException;
import care.rondo.service.FieldErrors;
import care.rondo.service.NotFoundException;
import care.rondo.service.NotPermittedException;
import care.rondo.service.TeamGuard;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Exports of accepted rosters in two steps: {@code plan*} checks who may export what while the request is
 * being handled (and fails before any byte is sent); {@link #write} then streams the rows into the file and
 * records the export, with its row count, in each team's history.
 */
@ApplicationScoped
public class ExportService {

    @jakarta.inject.Inject
    java.time.Clock clock;

    // a quarter of a year per file: beyond that an export is a data dump, not a roster
    private static final long LONGEST_RANGE_DAYS = 92;

    @Inject
    TeamGuard guard;

    @Inject
    TeamAccess access;

    @Inject
    CurrentUser user;

    @Inject
    AcceptedVisits visits;

    @Inject
    MeterRegistry meters;

    /** A checked export: what to read, in which format, for whom (for the audit), and what the file says of itself. */
    public record Plan(AcceptedVisits.Selection selection, ExportFormat format, String actor, String scope,
                       String fileName, FileHeading heading) {
    }

    @Transactional
    public Plan planRoster(long teamId, long rosterId, ExportFormat format, LocalDate day) {
        guard.readable(teamId);
        Roster roster = Roster.findInTeam(teamId, rosterId).orElseThrow(() -> new NotFoundException("Roster", rosterId));
        if (!roster.status.isPublished()) {
            throw new ConflictException("Only an accepted roster can be exported; this one is " + roster.status);
        }
        LocalDate from = day != null ? day : roster.weekStart;
        LocalDate to = day != null ? day : roster.weekStart.plusDays(6);
        var selection = new AcceptedVisits.Selection(List.of(teamId), rosterId, from, to, null,
                guard.maySeeClientNotes(teamId));
        String name = "roster-" + roster.isoWeek + (roster.status == RosterStatus.SUPERSEDED
                ? "-v" + roster.acceptedVersion + "-superseded" : "");
        FileHeading heading = new FileHeading("Rondo " + roster.isoWeek, supersededNote(roster), null);
        return new Plan(selection, format, user.username(), "roster", name + "." + format.extension(), heading);
    }

    /** Kept snapshots of replaced versions stay exportable (what did we plan then?), saying they are replaced. */
    private static String supersededNote(Roster roster) {
        if (roster.status != RosterStatus.SUPERSEDED) {
            return null;
        }
        RosterSnapshot newest = RosterSnapshot.<RosterSnapshot>find("teamId = ?1 and weekStart = ?2 "
                + "order by versionNumber desc", roster.teamId, roster.weekStart).firstResult();
        return "SUPERSEDED: version " + roster.acceptedVersion + " of " + roster.isoWeek + ", replaced by version "
                + newest.versionNumber + " accepted on " + newest.acceptedAt.atZone(ZoneId.of(roster.timeZone))
                .toLocalDate() + ". Not the roster in force.";
    }

    @Transactional
    public Plan planTeams(List<Long> teamIds, LocalDate from, LocalDate to, ExportFormat format) {
        FieldErrors errors = new FieldErrors();
        if (from == null || to == null) {
            errors.add(from == null ? "from" : "to", "is required (an ISO date)");
        } else if (to.isBefore(from)) {
            errors.add("to", "must not be before from");
        } else if (ChronoUnit.DAYS.between(from, to) >= LONGEST_RANGE_DAYS) {
            errors.add("to", "must be less than " + LONGEST_RANGE_DAYS + " days after from");
        }
        if (teamIds.isEmpty()) {
            errors.add("teamIds", "must name at least one team");
        }
        errors.throwIfAny();
        if (teamIds.size() > 1 && !access.mayReadAllTeams()) {
            throw new NotPermittedException("Only coordinators and admins export several teams at once");
        }
        boolean notes = true;
        for (long teamId : teamIds) {
            guard.readable(teamId);
            notes &= guard.maySeeClientNotes(teamId);
        }
        var selection = new AcceptedVisits.Selection(List.copyOf(teamIds), null, from, to, null, notes);
        String name = (teamIds.size() == 1 ? "team-" + teamIds.get(0) : "teams") + "-" + from + "-" + to;
        return new Plan(selection, format, user.username(), teamIds.size() == 1 ? "team" : "region",
                name + "." + format.extension(), FileHeading.titled("Rondo " + name));
    }

    /** Streams the export to {@code out} and records it; returns the number of visits written. */
    @Transactional
    public long write(Plan plan, OutputStream out) {
        long rows;
        try (Stream<ExportRow> stream = visits.stream(plan.selection())) {
            Iterator<ExportRow> iterator = stream.iterator();
            rows = switch (plan.format()) {
                case CSV -> CsvRosterWriter.write(iterator, plan.heading(), out);
                case ICS -> IcsRosterWriter.write(iterator, plan.heading(), out);
                case XLSX_PER_DAY -> XlsxRosterWriter.write(iterator, XlsxRosterWriter.SheetPer.DAY, plan.heading(),
                        out);
                case XLSX_PER_NURSE -> XlsxRosterWriter.write(iterator, XlsxRosterWriter.SheetPer.NURSE,
                        plan.heading(), out);
                case PDF_DAY_LISTS -> PdfDayListWriter.write(iterator, plan.heading(), out);
            };
        }
        record(plan, rows);
        Counter.builder("rondo.exports").description("Export files written, by format and scope")
                .tag("format", plan.format().name()).tag("scope", plan.scope()).register(meters).increment();
        return rows;
    }

    /** A calendar app polls a feed every few minutes: one event a day per feed tells the team enough. */
    static final java.time.Duration FEED_EVENT_EVERY = java.time.Duration.ofHours(24);

    /** One EXPORTED event per team: who, which format and range, how many rows; never names or notes. */
    void record(Plan plan, long rows) {
        var selection = plan.selection();
        for (long teamId : selection.teamIds()) {
            if ("feed".equals(plan.scope()) && RosterEvent.count("teamId = ?1 and kind = 'EXPORTED' and actor = ?2 "
                    + "and at > ?3", teamId, plan.actor(), clock.instant().minus(FEED_EVENT_EVERY)) > 0) {
                continue;
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("format", plan.format().name());
            details.put("scope", plan.scope());
            details.put("from", selection.from().toString());
            details.put("to", selection.to().toString());
            details.put("rows", rows);
            details.put("clientNotes", selection.withNotes());
            if (selection.nurseId() != null) {
                details.put("nurseId", selection.nurseId());
            }
            if (selection.teamIds().size() > 1) {
                details.put("teams", selection.teamIds().size());
            }
            RosterEvent.record(teamId, selection.rosterId(), "EXPORTED", plan.actor(), null, details);
        }
    }
}
