package care.rondo.demo;

import care.rondo.domain.Team;

import java.util.List;
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

    /**
     * Copy {@code number} of the demo team (1 is the team itself): for a trial or a load test of many teams. A
     * copy is named "... 2", "... 3"; its members sign in as {@code anna.demo2}, ...; its clients live up to about
     * 100 m from the original's (a fixed shift per copy and client), so that no two teams plan the same week.
     */
    public DemoTeam generateCopy(int number) {
        DemoTeam original = generate();
        if (number == 1) {
            return original;
        }
        original.team().name = TEAM_NAME + " " + number;
        Random shift = new Random(seed * 31 + number);
        original.clients().forEach(c -> {
            c.client().latitude += (shift.nextDouble() * 2 - 1) * 0.0009;
            c.client().longitude += (shift.nextDouble() * 2 - 1) * 0.0014;
        });
        List<DemoTeam.DemoNurse> nurses = original.nurses().stream()
                .map(n -> new DemoTeam.DemoNurse(n.nurse(), n.username() + number)).toList();
        return new DemoTeam(original.team(), nurses, original.clients());
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
