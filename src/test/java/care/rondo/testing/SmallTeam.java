package care.rondo.testing;

import io.restassured.path.json.JsonPath;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Two morning nurses (Anna level 4 with insulin, Bram level 3) and four clients with daily visits: insulin
 * (Anna only), a double-handed hoist transfer, washing by a client who refused Bram, and a stoma visit that
 * needs a skill nobody has. Small enough that every solve ends on its unimproved limit within seconds. A team of
 * its own, with a {@link TestWeek#fresh() week of its own} to plan ({@link #createRoster()}).
 */
public record SmallTeam(long id, String token, long anna, long bram, long insulinClient, long hoistClient,
                        long washingClient, long stomaClient, TestWeek week) {

    public static SmallTeam create(Fixtures fixtures, CaseloadFixtures caseload) {
        var team = fixtures.newTeamWithMember();
        long anna = caseload.nurse(team.teamId(), "Anna", 4, List.of("insulin"), LocalTime.of(7, 0), LocalTime.of(13, 30));
        long bram = caseload.nurse(team.teamId(), "Bram", 3, List.of(), LocalTime.of(7, 0), LocalTime.of(13, 30));
        long insulin = caseload.client(team.teamId(), "Mevrouw de Vries", 52.0925, 5.1045, List.of());
        long hoist = caseload.client(team.teamId(), "Meneer Jansen", 52.0890, 5.0990, List.of());
        long washing = caseload.client(team.teamId(), "Mevrouw Bakker", 52.0950, 5.1100, List.of(bram));
        long stoma = caseload.client(team.teamId(), "Meneer Visser", 52.0870, 5.1060, List.of());
        caseload.carePlan(team.teamId(), insulin, LocalTime.of(7, 30), LocalTime.of(8, 30), 20, 4, List.of("insulin"), 1);
        caseload.carePlan(team.teamId(), hoist, LocalTime.of(9, 0), LocalTime.of(10, 0), 30, 3, List.of(), 2);
        caseload.carePlan(team.teamId(), washing, LocalTime.of(10, 30), LocalTime.of(11, 30), 45, 3, List.of(), 1);
        caseload.carePlan(team.teamId(), stoma, LocalTime.of(11, 0), LocalTime.of(12, 0), 20, 3, List.of("stoma"), 1);
        return new SmallTeam(team.teamId(), team.memberToken(), anna, bram, insulin, hoist, washing, stoma,
                TestWeek.fresh());
    }

    public String rosters() {
        return "/api/teams/" + id + "/rosters";
    }

    public String roster(long rosterId) {
        return rosters() + "/" + rosterId;
    }

    /** A roster of the team's own week. */
    public long createRoster() {
        return createRoster(week.iso());
    }

    public long createRoster(String isoWeek) {
        return ((Number) Api.as(token).body(Map.of("isoWeek", isoWeek))
                .post(rosters()).then().statusCode(201).extract().path("id")).longValue();
    }

    /** Solves with a short unimproved limit and waits until the solve has ended. */
    public void solve(long rosterId) {
        Api.as(token).body(Map.of("seconds", 20, "unimprovedSeconds", 3))
                .post(roster(rosterId) + "/solving").then().statusCode(202).body("solving", equalTo(true));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
            JsonPath status = Api.as(token).get(roster(rosterId) + "/solving").then().extract().jsonPath();
            boolean ended = "NOT_SOLVING".equals(status.getString("solverStatus"));
            assertThat(status.getBoolean("solving")).as("solving until the solve has ended").isEqualTo(!ended);
            return ended;
        });
    }

    public long version(long rosterId) {
        return ((Number) Api.as(token).get(roster(rosterId)).then().statusCode(200).extract()
                .path("version")).longValue();
    }

    public List<Map<String, Object>> visits(long rosterId) {
        return Api.as(token).queryParam("size", 200).get(roster(rosterId) + "/visits").then()
                .statusCode(200).extract().path("items");
    }

    public static long id(Map<String, Object> visit, String field) {
        Object value = visit.get(field);
        return value == null ? -1 : ((Number) value).longValue();
    }
}
