package care.rondo.bench;

import care.rondo.bench.TeamWeek.Client;
import care.rondo.bench.TeamWeek.Nurse;
import care.rondo.bench.TeamWeek.Visit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Seeded, realistic team weeks: Utrecht neighbourhoods, nurses of levels 2-5 on early/late shifts, clients whose care
 * plans (morning care, insulin twice a day, stockings on/off, wound care, evening care) give about 11-12 visits a
 * week, with a few percent double-handed (hoist) and follow-up visits. Same seed, same week.
 */
public final class TeamWeekGenerator {

    static final int EARLY_START = 7 * 60;
    static final int EARLY_END = 13 * 60 + 30;
    static final int LATE_START = 16 * 60;
    static final int LATE_END = 22 * 60 + 30;

    /** name, centre lat, centre lon: one team per neighbourhood, the L region covers several. */
    private static final Object[][] AREAS = {
        {"Lombok", 52.0905, 5.0995}, {"Overvecht", 52.1150, 5.1130}, {"Zuilen", 52.1080, 5.0940},
        {"Kanaleneiland", 52.0740, 5.0980}, {"Leidsche Rijn", 52.0960, 5.0450}};

    private final Random random;

    private TeamWeekGenerator(long seed) {
        this.random = new Random(seed);
    }

    public static TeamWeek generate(String size, long seed) {
        return switch (size) {
            case "S" -> new TeamWeekGenerator(seed).week(size, seed, 8, 35, 1);
            case "M" -> new TeamWeekGenerator(seed).week(size, seed, 12, 60, 1);
            case "L" -> new TeamWeekGenerator(seed).week(size, seed, 40, 200, 4);
            default -> throw new IllegalArgumentException("size must be S, M or L, not " + size);
        };
    }

    private TeamWeek week(String size, long seed, int nurseCount, int clientCount, int areas) {
        List<Nurse> nurses = new ArrayList<>();
        for (int i = 0; i < nurseCount; i++) {
            nurses.add(nurse("n" + (i + 1), i % areas));
        }
        nurses = Rota.offer(random, nurses);
        List<Client> clients = new ArrayList<>();
        List<Visit> visits = new ArrayList<>();
        boolean[][] plans = CarePlans.assign(random, clientCount);
        for (int i = 0; i < clientCount; i++) {
            int area = i % areas;
            double[] at = near(area, 0.0045); // a neighbourhood: most clients within a kilometre
            Set<String> refused = new HashSet<>();
            if (random.nextInt(10) == 0) { // a cat allergy or an explicit refusal: rare but real
                refused.add(nurses.get(random.nextInt(nurseCount)).id());
            }
            Client c = new Client("c" + (i + 1), (String) AREAS[area][0], at[0], at[1], Set.copyOf(refused));
            clients.add(c);
            new CarePlans(random, c.id(), plans[i], visits).addFor(c);
        }
        return new TeamWeek(size, seed, List.copyOf(nurses), List.copyOf(clients), List.copyOf(visits));
    }

    private Nurse nurse(String id, int area) {
        int level = 2 + random.nextInt(4);
        Set<String> skills = new HashSet<>();
        if (level >= 3 && random.nextInt(10) < 8) {
            skills.add("insulin");
        }
        if (level >= 4) {
            skills.add("insulin");
            skills.add("wound");
        }
        if (level == 5 || level == 4 && random.nextBoolean()) {
            skills.add("palliative");
        }
        int contractHours = 28 + 4 * random.nextInt(3); // 28..36 h: the caseload must fit the contracts
        double[] home = near(area, 0.01);
        return new Nurse(id, level, Set.copyOf(skills), contractHours * 60, home[0], home[1], List.of());
    }

    private double[] near(int area, double spread) {
        double lat = (double) AREAS[area][1] + random.nextGaussian() * spread;
        double lon = (double) AREAS[area][2] + random.nextGaussian() * spread * 1.6;
        return new double[] {lat, lon};
    }
}
