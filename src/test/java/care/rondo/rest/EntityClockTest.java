package care.rondo.rest;

import care.rondo.testing.Api;
import care.rondo.testing.CaseloadFixtures;
import care.rondo.testing.Fixtures;
import care.rondo.testing.SmallTeam;
import care.rondo.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;

/** Entities stamp their creation with the application's clock, not the wall clock: history shows the clock's time. */
@QuarkusTest
class EntityClockTest {

    @Inject
    Fixtures fixtures;

    @Inject
    CaseloadFixtures caseload;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void historyEventsCarryTheClocksTime() {
        SmallTeam team = SmallTeam.create(fixtures, caseload);
        long roster = team.createRoster();
        Instant moment = Instant.parse("2031-03-04T05:06:07Z");
        clock.set(moment);

        Api.as(team.token())
                .body(Map.of("kind", "LOCK_DAY", "nurseId", team.anna(), "day", team.week().day(TUESDAY),
                        "rosterVersion", team.version(roster)))
                .post(team.roster(roster) + "/overrides").then().statusCode(200);

        List<Map<String, Object>> events = Api.as(team.token()).get(team.roster(roster) + "/history")
                .then().statusCode(200).extract().path("items");
        assertThat(events).filteredOn(e -> "OVERRIDE".equals(e.get("kind")))
                .extracting(e -> Instant.parse((String) e.get("at"))).containsExactly(moment);
    }
}
