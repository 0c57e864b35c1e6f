package care.rondo.demo;

import care.rondo.domain.Team;

import java.util.Random;

/**
 * Builds the demo team "Buurtzorg Utrecht Lombok": 12 nurses, 45 clients and their care plans (about 500
 * nurse-visits a week). Everyone in it is invented. The same seed always gives the same team, so demos,
 * screenshots and benchmarks can be repeated.
 */
public final class DemoTeamGenerator {

    public static final String TEAM_NAME = "Buurtzorg Utrecht Lombok";
    static final double OFFICE_LATITUDE = 52.0903;
    static final double OFFICE_LONGITUDE = 5.1002;

    private final long seed;

    public DemoTeamGenerator(long seed) {
        this.seed = seed;
    }

    public DemoTeam generate() {
        Random random = new Random(seed);
        Team team = new Team();
        team.name = TEAM_NAME;
        team.neighbourhood = "Lombok, Oog in Al";
        team.officeLatitude = OFFICE_LATITUDE;
        team.officeLongitude = OFFICE_LONGITUDE;
        team.timeZone = "Europe/Amsterdam";
        var nurses = DemoNurses.create(random, OFFICE_LATITUDE, OFFICE_LONGITUDE);
        return new DemoTeam(team, nurses, DemoClients.create(random, nurses.size()));
    }
}
