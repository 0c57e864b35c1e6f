package care.rondo.demo;

import care.rondo.domain.AvailabilityWindow;
import care.rondo.domain.CarePlan;
import care.rondo.domain.Nurse;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DemoTeamGeneratorTest {

    private final DemoTeam demo = new DemoTeamGenerator(DemoLoader.SEED).generate();

    /** Nurse-visits a week as the brief counts them: days x windows x nurses needed. */
    private static int weeklyVisits(CarePlan plan) {
        return (plan.days.isEmpty() ? 7 : plan.days.size()) * plan.windows.size() * plan.nursesNeeded;
    }

    @Test
    void shouldGiveTwelveNursesFortyFiveClientsAndAboutFiveHundredVisits() {
        assertThat(demo.team().name).isEqualTo("Buurtzorg Utrecht Lombok");
        assertThat(demo.nurses()).hasSize(12);
        assertThat(demo.clients()).hasSize(45);
        int visits = demo.carePlans().stream().mapToInt(DemoTeamGeneratorTest::weeklyVisits).sum();
        assertThat(visits).isBetween(450, 550);
        assertThat(demo.carePlans()).anyMatch(p -> p.nursesNeeded == 2).anyMatch(p -> p.followupMinGapMinutes != null)
                .anyMatch(p -> p.days.size() == 3 && p.skills.contains("wound_care"));
    }

    @Test
    void shouldMakeCopiesWithTheirOwnNameAndLoginsAndClientsMovedALittle() {
        DemoTeam copy = new DemoTeamGenerator(DemoLoader.SEED).generateCopy(3);
        assertThat(copy.team().name).isEqualTo("Buurtzorg Utrecht Lombok 3");
        assertThat(copy.nurses()).extracting(DemoTeam.DemoNurse::username).contains("anna.demo3")
                .allMatch(name -> name.endsWith(".demo3"));
        assertThat(copy.carePlans()).hasSameSizeAs(demo.carePlans());
        for (int i = 0; i < demo.clients().size(); i++) {
            var original = demo.clients().get(i).client();
            var moved = copy.clients().get(i).client();
            assertThat(moved.name).isEqualTo(original.name);
            // at most about 100 m north-south and east-west, and not in the same place
            assertThat(Math.abs(moved.latitude - original.latitude)).isLessThanOrEqualTo(0.0009);
            assertThat(Math.abs(moved.longitude - original.longitude)).isLessThanOrEqualTo(0.0014);
            assertThat(moved.latitude != original.latitude || moved.longitude != original.longitude).isTrue();
        }
        assertThat(new DemoTeamGenerator(DemoLoader.SEED).generateCopy(1).team().name).isEqualTo(demo.team().name);
    }

    @Test
    void shouldBeDeterministic() {
        DemoTeam again = new DemoTeamGenerator(DemoLoader.SEED).generate();
        assertThat(again.clients()).extracting(c -> c.client().name + c.client().address + c.client().latitude)
                .isEqualTo(demo.clients().stream()
                        .map(c -> c.client().name + c.client().address + c.client().latitude).toList());
        assertThat(again.nurses()).extracting(n -> n.nurse().startLongitude)
                .isEqualTo(demo.nurses().stream().map(n -> n.nurse().startLongitude).toList());
    }

    @Test
    void shouldKeepNursesPlausible() {
        for (DemoTeam.DemoNurse demoNurse : demo.nurses()) {
            Nurse nurse = demoNurse.nurse();
            assertThat((int) nurse.level).isBetween(2, 5);
            assertThat(nurse.contractMinHours.intValue()).isBetween(16, 36);
            assertThat(nurse.contractMaxHours.intValue()).isBetween(nurse.contractMinHours.intValue(), 36);
            assertThat(distanceKm(nurse.startLatitude, nurse.startLongitude)).isLessThan(2.2);
            assertThat(demoNurse.username()).matches("[a-z]+\\.demo");
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            assertThat(available(day, DemoNurses.EARLY_FROM)).as("early on %s", day).isGreaterThanOrEqualTo(6);
            assertThat(available(day, DemoNurses.LATE_FROM)).as("late on %s", day).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void shouldGiveEveryCarePlanAnEligibleNurse() {
        List<Nurse> nurses = demo.nurses().stream().map(DemoTeam.DemoNurse::nurse).toList();
        for (CarePlan plan : demo.carePlans()) {
            long eligible = nurses.stream()
                    .filter(n -> n.level >= plan.minLevel && n.skills.containsAll(plan.skills)).count();
            assertThat(eligible).as(plan.description).isGreaterThanOrEqualTo(2L);
        }
    }

    @Test
    void shouldKeepClientsInTheNeighbourhoodWithConsistentPreferences() {
        assertThat(demo.clients()).anyMatch(c -> !c.preferredNurses().isEmpty())
                .anyMatch(c -> !c.refusedNurses().isEmpty());
        for (DemoTeam.DemoClient client : demo.clients()) {
            assertThat(distanceKm(client.client().latitude, client.client().longitude)).isLessThan(2.0);
            assertThat(client.preferredNurses()).noneMatch(client.refusedNurses()::contains);
            assertThat(client.preferredNurses()).allMatch(i -> i >= 0 && i < 12);
            assertThat(client.refusedNurses()).allMatch(i -> i >= 0 && i < 12);
            assertThat(client.carePlans()).isNotEmpty();
        }
    }

    private long available(DayOfWeek day, java.time.LocalTime shiftStart) {
        return demo.nurses().stream().filter(n -> n.nurse().availability.stream()
                .anyMatch((AvailabilityWindow w) -> w.day() == day && w.from().equals(shiftStart))).count();
    }

    private static double distanceKm(double latitude, double longitude) {
        double dLat = (latitude - DemoTeamGenerator.OFFICE_LATITUDE) * 111.2;
        double dLon = (longitude - DemoTeamGenerator.OFFICE_LONGITUDE) * 111.2
                * Math.cos(Math.toRadians(DemoTeamGenerator.OFFICE_LATITUDE));
        return Math.sqrt(dLat * dLat + dLon * dLon);
    }
}
