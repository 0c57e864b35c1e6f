package care.rondo.service.roster.problem;

import care.rondo.domain.LinkKind;
import care.rondo.domain.Visit;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class VisitGeneratorTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private static CarePlanInput insulin(Set<DayOfWeek> days, int nurses, CarePlanInput.FollowUp followUp) {
        return new CarePlanInput(1, 7, days,
                List.of(new CarePlanInput.Window(LocalTime.of(7, 30), LocalTime.of(8, 30))),
                20, 3, List.of("insulin"), nurses, followUp, 4, LocalDate.of(2020, 1, 1), null);
    }

    @Test
    void keepsWallClockTimeAcrossSpringForward() {
        // 2026-03-29 is the last Sunday of March: clocks go from 02:00 CET to 03:00 CEST.
        LocalDate monday = LocalDate.of(2026, 3, 23);
        List<List<Visit>> groups = VisitGenerator.generate(monday, AMSTERDAM, List.of(insulin(Set.of(), 1, null)));
        assertThat(groups).hasSize(7);
        Visit saturday = groups.get(5).get(0);
        Visit sunday = groups.get(6).get(0);
        assertThat(saturday.earliestStart).isEqualTo(Instant.parse("2026-03-28T06:30:00Z"));
        assertThat(sunday.earliestStart).isEqualTo(Instant.parse("2026-03-29T05:30:00Z"));
        assertThat(sunday.latestStart).isEqualTo(Instant.parse("2026-03-29T06:30:00Z"));
    }

    @Test
    void keepsWallClockTimeAcrossFallBack() {
        // 2026-10-25 is the last Sunday of October: clocks go from 03:00 CEST back to 02:00 CET.
        LocalDate monday = LocalDate.of(2026, 10, 19);
        List<List<Visit>> groups = VisitGenerator.generate(monday, AMSTERDAM, List.of(insulin(Set.of(), 1, null)));
        assertThat(groups.get(5).get(0).earliestStart).isEqualTo(Instant.parse("2026-10-24T05:30:00Z"));
        assertThat(groups.get(6).get(0).earliestStart).isEqualTo(Instant.parse("2026-10-25T06:30:00Z"));
    }

    @Test
    void movesNonExistentNightTimeForward() {
        LocalDate sunday = LocalDate.of(2026, 3, 29);
        assertThat(VisitGenerator.at(sunday, LocalTime.of(2, 30), AMSTERDAM))
                .isEqualTo(Instant.parse("2026-03-29T01:30:00Z")); // 03:30 CEST
    }

    @Test
    void generatesChosenWeekdaysDoubleHandedPartsAndFollowUps() {
        LocalDate monday = LocalDate.of(2026, 11, 30);
        var plan = insulin(Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), 2,
                new CarePlanInput.FollowUp(60, 90, 15));
        List<List<Visit>> groups = VisitGenerator.generate(monday, ZoneId.of("Europe/Amsterdam"), List.of(plan));
        assertThat(groups).hasSize(3);
        assertThat(groups).allSatisfy(group -> assertThat(group).hasSize(3));
        List<Visit> wednesday = groups.get(1);
        assertThat(wednesday.get(0).visitDate).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(wednesday.get(1).linkKind).isEqualTo(LinkKind.DOUBLE_HANDED);
        Visit followUp = wednesday.get(2);
        assertThat(followUp.linkKind).isEqualTo(LinkKind.FOLLOW_UP);
        assertThat(followUp.earliestStart).isEqualTo(wednesday.get(0).earliestStart.plusSeconds(3600));
        assertThat(followUp.latestStart).isEqualTo(wednesday.get(0).latestStart.plusSeconds(5400));
        assertThat(followUp.durationMinutes).isEqualTo(15);
    }

    @Test
    void respectsValidityPeriod() {
        LocalDate monday = LocalDate.of(2026, 11, 30);
        var plan = new CarePlanInput(1, 7, Set.of(), List.of(new CarePlanInput.Window(LocalTime.of(9, 0),
                LocalTime.of(10, 0))), 30, 2, List.of(), 1, null, 3, LocalDate.of(2026, 12, 2),
                LocalDate.of(2026, 12, 4));
        assertThat(VisitGenerator.generate(monday, AMSTERDAM, List.of(plan))).hasSize(3);
    }
}
