package care.rondo.service.roster.analysis;

import care.rondo.domain.Client;
import care.rondo.domain.Nurse;
import care.rondo.domain.Roster;
import care.rondo.domain.Visit;
import care.rondo.planning.PlanningVisit;
import care.rondo.service.roster.analysis.RosterAnalysisService;
import care.rondo.service.roster.problem.WeekClock;
import care.rondo.planning.NurseShift;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.Indictment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Builds the planning board of an analysed roster: lanes from the planning shifts, visits from the stored ones. */
final class BoardBuilder {

    private BoardBuilder() {
    }

    static RosterBoard board(RosterAnalysisService.Analysed analysed) {
        Roster roster = analysed.problem().roster();
        ZoneId zone = ZoneId.of(roster.timeZone);
        WeekClock clock = WeekClock.of(roster.weekStart, zone);
        Map<String, PlanningVisit> planned = new HashMap<>();
        analysed.solution().getVisits().forEach(v -> planned.put(v.getId(), v));

        Map<Long, List<RosterBoard.Shift>> shiftsByNurse = new HashMap<>();
        for (NurseShift shift : analysed.solution().getShifts()) {
            if (shift.isUnassignedBucket()) {
                continue;
            }
            long travel = shift.getVisits().stream()
                    .mapToLong(v -> v.getTravelTimeFromPrevious() + v.getTravelTimeHome()).sum();
            OffsetDateTime start = local(clock.toInstant(shift.getStart()), zone);
            shiftsByNurse.computeIfAbsent(Long.valueOf(shift.getNurse().getId()), k -> new ArrayList<>())
                    .add(new RosterBoard.Shift(start.toLocalDate(), start, local(clock.toInstant(shift.getEnd()), zone),
                            shift.isLocked(), (int) Math.round(travel / 60.0)));
        }
        List<RosterBoard.Lane> lanes = new ArrayList<>();
        for (Nurse nurse : analysed.problem().nurses()) {
            List<RosterBoard.Shift> shifts = shiftsByNurse.getOrDefault(nurse.id, new ArrayList<>());
            shifts.sort(Comparator.comparing(RosterBoard.Shift::start));
            lanes.add(new RosterBoard.Lane(nurse.id, nurse.name, nurse.level, List.copyOf(nurse.skills),
                    nurse.startLatitude, nurse.startLongitude, nurse.travelMode.name(), shifts));
        }
        lanes.sort(Comparator.comparing(RosterBoard.Lane::name));

        List<RosterBoard.BoardVisit> visits = new ArrayList<>();
        for (Visit visit : analysed.problem().visits()) {
            PlanningVisit plan = planned.get(visit.id.toString());
            Client client = analysed.problem().clients().get(visit.clientId);
            Integer travel = plan != null && plan.isAssigned()
                    ? (int) Math.round(plan.getTravelTimeFromPrevious() / 60.0) : null;
            long lineage = visit.lineageId == null ? visit.id : visit.lineageId;
            visits.add(new RosterBoard.BoardVisit(visit.id, lineage, visit.clientId,
                    client == null ? "client #" + visit.clientId : client.name, client == null ? null : client.address,
                    client == null ? 0 : client.latitude, client == null ? 0 : client.longitude, visit.visitDate, local(visit.earliestStart, zone),
                    local(visit.latestStart, zone), visit.durationMinutes, visit.minLevel, List.copyOf(visit.skills),
                    visit.priority, visit.linkKind, visit.linkKind == null ? null : visit.linkKind.label(),
                    visit.linkedVisitId, visit.nurseId, local(visit.plannedStart, zone),
                    local(visit.plannedEnd, zone), visit.routeIndex, travel, visit.pinned, visit.pinnedStart != null,
                    visit.pinReason, visit.frozen, visit.cancelled, plan == null ? List.of() : brokenHardRules(analysed, plan)));
        }
        visits.sort(Comparator.comparing(RosterBoard.BoardVisit::earliestStart)
                .thenComparing(RosterBoard.BoardVisit::visitId));
        HardMediumSoftLongScore score = analysed.explanation().getScore();
        List<LocalDate> days = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            days.add(roster.weekStart.plusDays(d));
        }
        return new RosterBoard(roster.id, roster.teamId, roster.isoWeek, roster.timeZone, roster.status,
                roster.status.isEditable(), roster.status.isInForce(), roster.solverStatus, roster.acceptedVersion, roster.basedOnRosterId,
                roster.needsReplan, roster.version, score.toString(), score.isFeasible(), days, lanes, visits);
    }

    private static List<String> brokenHardRules(RosterAnalysisService.Analysed analysed, PlanningVisit visit) {
        Indictment<HardMediumSoftLongScore> indictment = analysed.explanation().getIndictmentMap().get(visit);
        if (indictment == null) {
            return List.of();
        }
        TreeSet<String> names = new TreeSet<>();
        for (ConstraintMatch<HardMediumSoftLongScore> match : indictment.getConstraintMatchSet()) {
            if (match.getScore().hardScore() != 0) {
                names.add(match.getConstraintName());
            }
        }
        return List.copyOf(names);
    }

    private static OffsetDateTime local(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
