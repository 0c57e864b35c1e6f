package care.rondo.service.roster.problem;

import care.rondo.domain.AbsenceKind;
import care.rondo.domain.AvailabilityWindow;
import care.rondo.domain.Client;
import care.rondo.domain.Nurse;
import care.rondo.domain.NurseAbsence;
import care.rondo.domain.Roster;
import care.rondo.domain.TravelMode;
import care.rondo.domain.Visit;
import care.rondo.planning.PlanningVisit;
import care.rondo.planning.NurseShift;
import care.rondo.planning.RosterConstraintWeights;
import care.rondo.planning.VisitRoster;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a re-plan draft becomes a planning problem: the accepted start travels with each visit, the absent nurse's
 * visits are left to place, and only the days something forces open can change (week of Monday 2027-01-18; Bram is
 * sick on Wednesday 2027-01-20).
 */
class ReplanScopeMappingTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final LocalDate MONDAY = LocalDate.of(2027, 1, 18);
    private static final long ANNA = 1;
    private static final long BRAM = 2;

    private final List<Visit> visits = new ArrayList<>();

    @Test
    void replanOpensOnlyTheAbsentDayAndCarriesTheAcceptedStart() {
        Visit tuesday = accepted(11, BRAM, 1);
        Visit wednesday = accepted(12, BRAM, 2);
        accepted(13, ANNA, 2);
        accepted(14, BRAM, 3);

        VisitRoster solution = PlanningMapper.toPlanning(problem(1L));

        // Wednesday (day 2) is open for Anna, whose shift now has to take Bram's visit; every other day is locked
        assertThat(solution.getShifts()).filteredOn(s -> s.getDay() == 2).extracting(NurseShift::isLocked)
                .containsOnly(false);
        assertThat(solution.getShifts()).filteredOn(s -> s.getDay() != 2).extracting(NurseShift::isLocked)
                .containsOnly(true);
        // Bram's Wednesday visit is in no route: the construction heuristic places it; his Tuesday one stays his
        assertThat(solution.getShifts()).noneMatch(s -> s.getVisits().stream().anyMatch(v -> v.getId().equals("12")));
        assertThat(solution.getShifts()).filteredOn(s -> s.getVisits().contains(planning(solution, tuesday)))
                .extracting(s -> s.getNurse().getId()).containsExactly("2");
        // 08:00 on Wednesday 2027-01-20 in Amsterdam is 2 days and 8 hours after Monday 00:00
        assertThat(planning(solution, wednesday).getPreviousStart()).isEqualTo(2 * 86_400L + 8 * 3600L);
        assertThat(planning(solution, wednesday).getPreviousNurseId()).isEqualTo("2");
    }

    @Test
    void addedOneOffVisitOpensItsDayButAnAbsenceWithoutVisitsNone() {
        accepted(11, BRAM, 1);
        Visit oneOff = visit(15, 4);
        oneOff.oneOff = true;

        VisitRoster solution = PlanningMapper.toPlanning(problem(1L));

        // Friday takes the added visit; Bram had nothing on his sick Wednesday, so nothing forces it open
        assertThat(solution.getShifts()).filteredOn(s -> s.getDay() == 4)
                .extracting(NurseShift::isLocked).containsOnly(false);
        assertThat(solution.getShifts()).filteredOn(s -> s.getDay() != 4)
                .extracting(NurseShift::isLocked).containsOnly(true);
    }

    @Test
    void ordinaryDraftLocksNothing() {
        accepted(11, BRAM, 1);
        accepted(12, BRAM, 2);

        VisitRoster solution = PlanningMapper.toPlanning(problem(null));

        assertThat(solution.getShifts()).extracting(NurseShift::isLocked).containsOnly(false);
    }

    private RosterProblem problem(Long basedOn) {
        Roster roster = new Roster();
        roster.id = 2L;
        roster.weekStart = MONDAY;
        roster.timeZone = AMSTERDAM.getId();
        roster.basedOnRosterId = basedOn;
        NurseAbsence sick = new NurseAbsence();
        sick.nurseId = BRAM;
        sick.kind = AbsenceKind.SICKNESS;
        sick.startsAt = MONDAY.plusDays(2).atStartOfDay(AMSTERDAM).toInstant();
        sick.endsAt = MONDAY.plusDays(3).atStartOfDay(AMSTERDAM).toInstant();
        Client client = new Client();
        client.id = 7L;
        client.latitude = 52.09;
        client.longitude = 5.10;
        return new RosterProblem(roster, visits, List.of(nurse(ANNA), nurse(BRAM)), Map.of(BRAM, List.of(sick)),
                Map.of(7L, client), RosterConstraintWeights.teamDefaults(), Map.of(), Set.of());
    }

    private static Nurse nurse(long id) {
        Nurse nurse = new Nurse();
        nurse.id = id;
        nurse.level = 4;
        nurse.contractMinHours = BigDecimal.ZERO;
        nurse.contractMaxHours = BigDecimal.valueOf(40);
        nurse.startLatitude = 52.09;
        nurse.startLongitude = 5.11;
        nurse.travelMode = TravelMode.BIKE;
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            nurse.availability.add(new AvailabilityWindow(day, LocalTime.of(7, 0), LocalTime.of(13, 30)));
        }
        return nurse;
    }

    /** A visit the accepted roster gave to {@code nurseId} at 08:00 on Monday + {@code day}. */
    private Visit accepted(long id, long nurseId, int day) {
        Visit v = visit(id, day);
        v.nurseId = nurseId;
        v.previousNurseId = nurseId;
        v.plannedStart = v.earliestStart.plusSeconds(30 * 60);
        v.plannedEnd = v.plannedStart.plusSeconds(20 * 60);
        v.previousStart = v.plannedStart;
        return v;
    }

    private Visit visit(long id, int day) {
        Visit v = new Visit();
        v.id = id;
        v.clientId = 7L;
        v.visitDate = MONDAY.plusDays(day);
        v.earliestStart = v.visitDate.atTime(7, 30).atZone(AMSTERDAM).toInstant();
        v.latestStart = v.visitDate.atTime(9, 0).atZone(AMSTERDAM).toInstant();
        v.durationMinutes = 20;
        v.minLevel = 3;
        v.priority = 1;
        visits.add(v);
        return v;
    }

    private static PlanningVisit planning(VisitRoster solution, Visit stored) {
        return solution.getVisits().stream().filter(v -> v.getId().equals(stored.id.toString())).findFirst().orElseThrow();
    }
}
