package care.rondo.client;

import care.rondo.domain.CarePlan;
import care.rondo.testing.PinnedClockTest;
import care.rondo.testing.Slow;
import care.rondo.testing.SmallTeam;
import care.rondo.testing.TestWeek;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static care.rondo.testing.Api.as;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The team sees the client's side of the accepted weeks: her insulin visits can only be Anna's (the one nurse with
 * the skill), she likes Anna, would rather not see Bram, and wishes a start "not after 07:00" her 07:30-08:30
 * window can never meet. Coordinators see only the tally across teams. The team plans and accepts next week
 * ({@link PinnedClockTest#NEXT_WEEK}), then the clock moves into it: the experience counts the weeks up to now.
 */
@Slow
@QuarkusTest
class ClientExperienceTest extends PinnedClockTest {

    private static final TestWeek ACCEPTED = TestWeek.of(NEXT_WEEK);
    /** The week after: the team has accepted nothing there. */
    private static final TestWeek NOTHING_ACCEPTED = new TestWeek(ACCEPTED.monday().plusWeeks(1));

    @Transactional
    long planOf(long clientId) {
        return CarePlan.<CarePlan>find("clientId", clientId).firstResult().id;
    }

    @Test
    void herTeamSeesHowOftenEachWishWasMetAndWhomSheSaw() {
        SmallTeam team = SmallTeam.create(fixtures, caseload);
        String client = "/api/teams/" + team.id() + "/clients/" + team.insulinClient();
        as(team.token()).body(Map.of("timeWishes", List.of(Map.of("carePlanId", planOf(team.insulinClient()),
                        "notAfter", "07:00")), "likedNurseIds", List.of(team.anna()),
                "avoidedNurseIds", List.of(team.bram()), "continuityImportance", "USUAL", "version", 0))
                .put(client + "/wishes").then().statusCode(200);
        long roster = team.createRoster(ACCEPTED.iso());
        team.solve(roster);
        as(team.token()).body(Map.of("rosterVersion", team.version(roster), "confirmBrokenHardRules", true))
                .post(team.roster(roster) + "/acceptance").then().statusCode(200);
        long annasVisits = team.visits(roster).stream()
                .filter(v -> SmallTeam.id(v, "clientId") == team.insulinClient())
                .filter(v -> SmallTeam.id(v, "nurseId") == team.anna() && !Boolean.TRUE.equals(v.get("cancelled")))
                .count();
        assertThat(annasVisits).isPositive();
        clock.set(ACCEPTED.instant(WEDNESDAY, "11:00"));

        JsonPath seen = as(team.token()).queryParam("weeks", 1).get(client + "/experience").then().statusCode(200)
                .body("fromWeek", equalTo(ACCEPTED.iso())).body("toWeek", equalTo(ACCEPTED.iso()))
                .extract().jsonPath();
        assertThat(seen.getLong("visits")).isEqualTo(annasVisits);
        assertThat(seen.getLong("timeOfDay.applicable")).isEqualTo(annasVisits);
        assertThat(seen.getLong("timeOfDay.met")).isZero();
        assertThat(seen.getLong("likedNurse.met")).isEqualTo(annasVisits);
        assertThat(seen.getLong("avoidedNurse.applicable")).isEqualTo(annasVisits);
        assertThat(seen.getLong("avoidedNurse.met")).isEqualTo(annasVisits);
        assertThat(seen.getList("nurses.firstName")).containsExactly("Anna");
        assertThat(seen.getLong("nurses[0].visits")).isEqualTo(annasVisits);

        // a week with nothing accepted yet
        clock.set(NOTHING_ACCEPTED.instant(WEDNESDAY, "11:00"));
        as(team.token()).queryParam("weeks", 1).get(client + "/experience").then().statusCode(200)
                .body("visits", equalTo(0)).body("timeOfDay.applicable", equalTo(0));
        clock.set(ACCEPTED.instant(WEDNESDAY, "11:00"));

        // coordinators: the tally across teams, nothing about one client; not the client's own page
        String coordinator = fixtures.coordinator();
        JsonPath all = as(coordinator).queryParam("weeks", 1).get("/api/client-experience").then().statusCode(200)
                .extract().jsonPath();
        assertThat(all.getLong("visits")).isGreaterThanOrEqualTo(annasVisits);
        assertThat(all.getLong("timeOfDay.applicable")).isGreaterThanOrEqualTo(annasVisits);
        assertThat(all.getMap("$")).doesNotContainKeys("clientId", "nurses");
        as(coordinator).get(client + "/experience").then().statusCode(403);
        as(team.token()).get("/api/client-experience").then().statusCode(403);

        // another team's member does not learn she exists; a bad range names its field
        as(fixtures.newTeamWithMember().memberToken()).get(client + "/experience").then().statusCode(404);
        as(team.token()).queryParam("weeks", 0).get(client + "/experience").then().statusCode(400)
                .body("errors[0].field", equalTo("weeks"));
    }
}
