package care.rondo.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TeamWeekGeneratorTest {

    @Test
    void sizesMatchTheIssue() {
        TeamWeek s = TeamWeekGenerator.generate("S", 1);
        TeamWeek m = TeamWeekGenerator.generate("M", 1);
        TeamWeek l = TeamWeekGenerator.generate("L", 1);
        assertThat(s.nurses()).hasSize(8);
        assertThat(s.clients()).hasSize(35);
        assertThat(m.nurses()).hasSize(12);
        assertThat(m.clients()).hasSize(60);
        assertThat(m.visits().size()).isBetween(630, 770);
        assertThat(l.nurses()).hasSize(40);
        assertThat(l.clients()).hasSize(200);
        for (long seed = 1; seed <= 5; seed++) {
            System.out.println(TeamWeekStats.describe(TeamWeekGenerator.generate("M", seed)));
        }
        System.out.println(TeamWeekStats.describe(l));
    }

    @Test
    void sameSeedSameWeekAndAFewPercentLinkedVisits() {
        TeamWeek a = TeamWeekGenerator.generate("M", 42);
        assertThat(TeamWeekGenerator.generate("M", 42)).isEqualTo(a);
        long linked = a.visits().stream().filter(v -> v.partnerOf() != null || v.after() != null).count();
        assertThat(linked).isPositive();
        assertThat(100.0 * linked / a.visits().size()).isLessThan(10.0);
    }

    @Test
    void everyVisitFitsSomeShiftWindowOfTheDay() {
        TeamWeek m = TeamWeekGenerator.generate("M", 7);
        for (TeamWeek.Visit v : m.visits()) {
            int t = v.windowStart() % 1440;
            boolean early = t >= TeamWeekGenerator.EARLY_START && v.windowEnd() % 1440 < TeamWeekGenerator.EARLY_END;
            boolean late = t >= TeamWeekGenerator.LATE_START && v.windowEnd() % 1440 < TeamWeekGenerator.LATE_END;
            assertThat(early || late).as(v.id()).isTrue();
        }
    }

    @Test
    void noEarlyShiftRightAfterALateOneSoTheRestRuleCanHold() {
        for (String size : new String[] {"S", "M", "L"}) {
            for (TeamWeek.Nurse n : TeamWeekGenerator.generate(size, 3).nurses()) {
                for (int i = 1; i < n.shifts().size(); i++) {
                    TeamWeek.Shift before = n.shifts().get(i - 1);
                    TeamWeek.Shift after = n.shifts().get(i);
                    assertThat(after.start() - before.end()).as(n.id()).isGreaterThanOrEqualTo(11 * 60);
                }
            }
        }
    }
}
