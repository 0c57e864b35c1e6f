package care.rondo.testing;

import care.rondo.domain.AvailabilityWindow;
import care.rondo.domain.CarePlan;
import care.rondo.domain.Client;
import care.rondo.domain.Nurse;
import care.rondo.domain.TimeWindow;
import care.rondo.domain.TravelMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** Small caseloads written straight to the database, for roster and solver flows. */
@ApplicationScoped
public class CaseloadFixtures {

    @Transactional
    public long nurse(long teamId, String name, int level, List<String> skills, LocalTime from, LocalTime to) {
        Nurse nurse = new Nurse();
        nurse.teamId = teamId;
        nurse.name = name;
        nurse.level = (short) level;
        nurse.skills = new ArrayList<>(skills);
        nurse.contractMinHours = BigDecimal.valueOf(16);
        nurse.contractMaxHours = BigDecimal.valueOf(36);
        nurse.availability = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            nurse.availability.add(new AvailabilityWindow(day, from, to));
        }
        nurse.startLatitude = 52.0907;
        nurse.startLongitude = 5.1022;
        nurse.travelMode = TravelMode.BIKE;
        nurse.persist();
        return nurse.id;
    }

    @Transactional
    public long client(long teamId, String name, double latitude, double longitude, List<Long> refused) {
        Client client = new Client();
        client.teamId = teamId;
        client.name = name;
        client.address = "Kanaalstraat 1, Utrecht";
        client.latitude = latitude;
        client.longitude = longitude;
        client.refusedNurseIds = new ArrayList<>(refused);
        client.persist();
        return client.id;
    }

    @Transactional
    public long carePlan(long teamId, long clientId, LocalTime from, LocalTime to, int minutes, int level,
                         List<String> skills, int nurses) {
        CarePlan plan = new CarePlan();
        plan.teamId = teamId;
        plan.clientId = clientId;
        plan.description = "care";
        plan.windows = new ArrayList<>(List.of(new TimeWindow(from, to)));
        plan.durationMinutes = minutes;
        plan.minLevel = (short) level;
        plan.skills = new ArrayList<>(skills);
        plan.nursesNeeded = (short) nurses;
        plan.validFrom = LocalDate.of(2020, 1, 1);
        plan.persist();
        return plan.id;
    }

    @Transactional
    public void absence(long teamId, long nurseId, java.time.Instant from, java.time.Instant to) {
        care.rondo.domain.NurseAbsence absence = new care.rondo.domain.NurseAbsence();
        absence.teamId = teamId;
        absence.nurseId = nurseId;
        absence.kind = care.rondo.domain.AbsenceKind.SICKNESS;
        absence.startsAt = from;
        absence.endsAt = to;
        absence.persist();
    }
}
