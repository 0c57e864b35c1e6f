package care.rondo.client;

import care.rondo.domain.CarePlan;
import care.rondo.testing.PinnedClockTest;
import care.rondo.testing.Slow;
import care.rondo.testing.SmallTeam;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static care.rondo.testing.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** "What matters to me" through the API: recorded by the team, checked, kept to the team, read by the nurse. */
@Slow
@QuarkusTest
class ClientWishesTest extends PinnedClockTest {

    private static String wishes(SmallTeam team, long clientId) {
        return "/api/teams/" + team.id() + "/clients/" + clientId + "/wishes";
    }

    @Transactional
    long planOf(long clientId) {
        return CarePlan.<CarePlan>find("clientId", clientId).firstResult().id;
    }

    private Map<String, Object> body(long plan, List<Long> liked, List<Long> avoided, long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("timeWishes", List.of(Map.of("carePlanId", plan, "notBefore", "10:45"),
                Map.of("carePlanId", plan, "weekday", "TUESDAY", "notAfter", "11:00")));
        body.put("likedNurseIds", liked);
        body.put("avoidedNurseIds", avoided);
        body.put("continuityImportance", "VERY_IMPORTANT");
        body.put("ownWords", "  I like my coffee first; please knock loudly.  ");
        body.put("version", version);
        return body;
    }

    @Test
    void teamRecordsHerWishesAndReadsThemBack() {
        SmallTeam team = SmallTeam.create(fixtures, caseload);
        long plan = planOf(team.washingClient());
        as(team.token()).get(wishes(team, team.washingClient())).then().statusCode(200)
                .body("version", equalTo(0)).body("timeWishes", empty()).body("ownWords", nullValue())
                .body("continuityImportance", equalTo("USUAL"));

        as(team.token()).body(body(plan, List.of(team.anna()), List.of(), 0))
                .put(wishes(team, team.washingClient())).then().statusCode(200)
                .body("version", equalTo(1)).body("likedNurseIds", contains((int) team.anna()))
                .body("ownWords", equalTo("I like my coffee first; please knock loudly."));
        as(team.token()).get(wishes(team, team.washingClient())).then().statusCode(200)
                .body("timeWishes[0].notBefore", equalTo("10:45")).body("timeWishes[0].weekday", nullValue())
                .body("timeWishes[1].weekday", equalTo("TUESDAY")).body("timeWishes[1].notAfter", equalTo("11:00"))
                .body("continuityImportance", equalTo("VERY_IMPORTANT"))
                .body("updatedAt", equalTo("2026-12-01T08:00:00Z"));

        // a stale version is refused with the current state
        as(team.token()).body(body(plan, List.of(), List.of(), 7)).put(wishes(team, team.washingClient()))
                .then().statusCode(409);
    }

    @Test
    void invalidWishesNameTheFieldAndWriteNothing() {
        SmallTeam team = SmallTeam.create(fixtures, caseload);
        SmallTeam other = SmallTeam.create(fixtures, caseload);
        long othersPlan = planOf(team.insulinClient());
        Map<String, Object> bad = body(othersPlan, List.of(team.anna(), other.anna()), List.of(team.anna()), 0);
        bad.put("timeWishes", List.of(Map.of("carePlanId", othersPlan, "notBefore", "11:00", "notAfter", "10:00")));
        as(team.token()).body(bad).put(wishes(team, team.washingClient())).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("timeWishes[0].carePlanId"))
                .body("errors.field", hasItem("timeWishes[0].notAfter"))
                .body("errors.field", hasItem("likedNurseIds[1]"))
                .body("errors.field", hasItem("avoidedNurseIds[0]"));
        // Bram is refused by Mevrouw Bakker: the team's hard rule cannot be a wish
        as(team.token()).body(body(planOf(team.washingClient()), List.of(team.bram()), List.of(), 0))
                .put(wishes(team, team.washingClient())).then().statusCode(400)
                .body("errors.field", hasItem("likedNurseIds[0]"));
        as(team.token()).get(wishes(team, team.washingClient())).then().statusCode(200)
                .body("version", equalTo(0)).body("timeWishes", empty());
    }

    @Test
    void anotherTeamsClientIsNotFoundAndCoordinatorsDoNotReadWishes() {
        SmallTeam team = SmallTeam.create(fixtures, caseload);
        SmallTeam other = SmallTeam.create(fixtures, caseload);
        as(team.token()).get(wishes(team, other.washingClient())).then().statusCode(404);
        as(team.token()).body(body(planOf(other.washingClient()), List.of(), List.of(), 0))
                .put(wishes(team, other.washingClient())).then().statusCode(404);
        as(fixtures.coordinator()).get(wishes(team, team.washingClient())).then().statusCode(403);
    }

    @Test
    void visitingNurseReadsHerOwnWordsAndTheSolverHonoursTheTimeWish() {
        SmallTeam team = SmallTeam.create(fixtures, caseload);
        long plan = planOf(team.washingClient());
        // window 10:30–11:30; she wishes not before 10:45 every day
        Map<String, Object> wish = body(plan, List.of(), List.of(), 0);
        wish.put("timeWishes", List.of(Map.of("carePlanId", plan, "notBefore", "10:45")));
        as(team.token()).body(wish).put(wishes(team, team.washingClient())).then().statusCode(200);

        long roster = team.createRoster("2026-W51");
        team.solve(roster);
        List<Map<String, Object>> hers = team.visits(roster).stream()
                .filter(v -> SmallTeam.id(v, "clientId") == team.washingClient()).toList();
        assertThat(hers).isNotEmpty().allSatisfy(v -> assertThat(LocalTime.ofInstant(
                Instant.parse((String) v.get("plannedStart")), java.time.ZoneId.of("Europe/Amsterdam")))
                .isAfterOrEqualTo(LocalTime.of(10, 45)));

        as(team.token())
                .body(Map.of("rosterVersion", team.version(roster), "confirmBrokenHardRules", true))
                .post(team.roster(roster) + "/acceptance").then().statusCode(200);
        String anna = fixtures.nurseToken(team.id(), team.anna());
        List<Map<String, Object>> visits = as(anna).queryParam("week", "2026-W51")
                .queryParam("size", 200).get("/api/me/visits").then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertThat(visits).isNotEmpty();
        visits.forEach(v -> assertThat(v.get("clientOwnWords")).isEqualTo(
                ((Number) v.get("clientId")).longValue() == team.washingClient()
                        ? "I like my coffee first; please knock loudly." : null));
    }

    @Test
    void explanationNamesTheUnmetWishAndWhy() {
        SmallTeam team = SmallTeam.create(fixtures, caseload);
        long smit = caseload.client(team.id(), "Mevrouw Smit", 52.0910, 5.1030, List.of());
        long plan = caseload.carePlan(team.id(), smit, LocalTime.of(9, 0), LocalTime.of(12, 0), 20, 3, List.of(), 1);
        Map<String, Object> wish = body(plan, List.of(team.anna()), List.of(), 0);
        wish.put("timeWishes", List.of());
        as(team.token()).body(wish).put(wishes(team, smit)).then().statusCode(200);
        // Anna is off sick all of Tuesday 15 December
        caseload.absence(team.id(), team.anna(), Instant.parse("2026-12-14T23:00:00Z"),
                Instant.parse("2026-12-15T23:00:00Z"));

        long roster = team.createRoster("2026-W51");
        team.solve(roster);
        Map<String, Object> tuesday = team.visits(roster).stream()
                .filter(v -> SmallTeam.id(v, "clientId") == smit && "2026-12-15".equals(v.get("date")))
                .findFirst().orElseThrow();
        assertThat(SmallTeam.id(tuesday, "nurseId")).isEqualTo(team.bram());
        List<String> reasons = as(team.token()).get(team.roster(roster) + "/visits/" + SmallTeam.id(tuesday, "id")
                + "/explanation").then().statusCode(200).extract().jsonPath().getList("reasons");
        assertThat(reasons).contains("Mevrouw Smit would like one of the nurses she named: Anna is off sick Tuesday");
        // on a day Anna works, either she visits or the reason says she works and what weighed more
        Map<String, Object> monday = team.visits(roster).stream()
                .filter(v -> SmallTeam.id(v, "clientId") == smit && "2026-12-14".equals(v.get("date")))
                .findFirst().orElseThrow();
        List<String> mondayReasons = as(team.token()).get(team.roster(roster) + "/visits/"
                + SmallTeam.id(monday, "id") + "/explanation").then().statusCode(200).extract().jsonPath()
                .getList("reasons");
        if (SmallTeam.id(monday, "nurseId") == team.anna()) {
            assertThat(mondayReasons).noneMatch(r -> r.contains("would like one of the nurses"));
        } else {
            assertThat(mondayReasons).anyMatch(r -> r.startsWith(
                    "Mevrouw Smit would like one of the nurses she named: Anna works then, but"));
        }
    }
}
