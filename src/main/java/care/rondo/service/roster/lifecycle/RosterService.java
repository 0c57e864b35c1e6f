package care.rondo.service.roster.lifecycle;

import care.rondo.domain.Roster;
import care.rondo.domain.RosterStatus;
import care.rondo.domain.Team;
import care.rondo.domain.Visit;
import care.rondo.service.ConflictException;
import care.rondo.service.InvalidInputException;
import care.rondo.service.NotFoundException;
import care.rondo.service.Page;
import care.rondo.service.PageRequest;
import care.rondo.service.Pages;
import care.rondo.service.TeamGuard;
import care.rondo.service.TeamService;
import care.rondo.service.roster.problem.RosterLoader;
import care.rondo.service.roster.problem.VisitGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;

/** Rosters of a team: one per ISO week, with its visits generated from the care plans at creation. */
@ApplicationScoped
public class RosterService {

    private static final Map<String, String> SORTABLE = Map.of("weekStart", "weekStart", "createdAt", "createdAt",
            "status", "status");
    private static final Map<String, String> VISIT_SORTABLE = Map.of("earliestStart", "earliestStart",
            "plannedStart", "plannedStart", "clientId", "clientId", "nurseId", "nurseId");

    @Inject
    TeamGuard guard;

    @Inject
    TeamService teams;

    @Inject
    RosterLoader loader;

    public Page<Roster> list(long teamId, PageRequest request) {
        guard.requireRead(teamId);
        return Pages.of(Roster.find("teamId", request.toSort(SORTABLE, "-weekStart"), teamId), request);
    }

    public Roster get(long teamId, long rosterId) {
        guard.requireRead(teamId);
        return Roster.findInTeam(teamId, rosterId).orElseThrow(() -> new NotFoundException("Roster", rosterId));
    }

    /**
     * The roster with its row locked until the transaction ends. Every transaction that changes a roster's visits
     * takes this lock before touching them, in the order the solver's proposal writer takes its locks (roster row,
     * then visits): two writers that lock in opposite orders deadlock, and PostgreSQL then aborts one of them. It
     * also keeps a check made on the roster (not solving, not accepted, no re-plan open) true until commit.
     */
    public Roster getForChange(long teamId, long rosterId) {
        guard.requireRead(teamId);
        return Roster.findInTeamForChange(teamId, rosterId)
                .orElseThrow(() -> new NotFoundException("Roster", rosterId));
    }

    public Page<Visit> visits(long teamId, long rosterId, PageRequest request) {
        get(teamId, rosterId);
        return Pages.of(Visit.find("rosterId", request.toSort(VISIT_SORTABLE, "earliestStart"), rosterId), request);
    }

    public long countVisits(long rosterId, boolean assignedOnly) {
        return assignedOnly ? Visit.count("rosterId = ?1 and cancelled = false and nurseId is not null", rosterId)
                : Visit.count("rosterId = ?1 and cancelled = false", rosterId);
    }

    @Transactional
    public Roster create(long teamId, String isoWeek, String createdBy) {
        guard.requirePlan(teamId);
        Team team = teams.get(teamId);
        LocalDate monday = parseIsoWeek(isoWeek);
        long open = Roster.countOpen(teamId, monday);
        if (open > 0) {
            throw new ConflictException("Week " + isoWeek + " already has a roster in progress");
        }
        Roster roster = new Roster();
        roster.teamId = teamId;
        roster.weekStart = monday;
        roster.isoWeek = isoWeek(monday);
        roster.timeZone = team.timeZone;
        roster.createdBy = createdBy;
        roster.persist();
        for (List<Visit> group : VisitGenerator.generate(monday, ZoneId.of(team.timeZone), loader.carePlans(teamId))) {
            Visit first = null;
            for (Visit visit : group) {
                visit.rosterId = roster.id;
                visit.teamId = teamId;
                // the second part of a double-handed visit and a follow-up both point at the group's first visit
                visit.linkedVisitId = first == null ? null : first.id;
                visit.persist();
                visit.lineageId = visit.id;
                first = first == null ? visit : first;
            }
        }
        Roster.getEntityManager().flush();
        return roster;
    }

    static LocalDate parseIsoWeek(String isoWeek) {
        try {
            LocalDate monday = LocalDate.parse(isoWeek + "-1", DateTimeFormatter.ISO_WEEK_DATE);
            if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
                throw new DateTimeParseException("not a Monday", isoWeek, 0);
            }
            return monday;
        } catch (DateTimeParseException | NullPointerException e) {
            throw new InvalidInputException("isoWeek", "must be an ISO week such as 2026-W49");
        }
    }

    static String isoWeek(LocalDate monday) {
        return String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
