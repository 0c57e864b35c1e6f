package care.rondo.bench;

import care.rondo.bench.TeamWeek.Client;
import care.rondo.bench.TeamWeek.Visit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Draws the recurring care plans of one client and expands them into the week's visits. Plan mix and probabilities
 * are tuned so that a team of 60 clients needs about 700 visits a week, most of them in the morning, like a real
 * Buurtzorg caseload.
 */
final class CarePlans {

    private static final List<Integer> EVERY_DAY = List.of(0, 1, 2, 3, 4, 5, 6);
    private final Random random;
    /** Share of clients with each plan, in the order of {@link #addFor}. Quotas, not coin flips: stable sizes. */
    private static final double[] SHARES = {0.5, 0.14, 0.15, 0.15, 0.25, 0.05, 0.03, 0.25};
    private static final double HOIST_SHARE = 0.035;
    private final String clientId;
    private final boolean[] plans;
    private final List<Visit> out;

    CarePlans(Random random, String clientId, boolean[] plans, List<Visit> out) {
        this.random = random;
        this.clientId = clientId;
        this.plans = plans;
        this.out = out;
    }

    /** Which client gets which plan: for each plan, a random subset of exactly round(share * clients) clients. */
    static boolean[][] assign(Random random, int clients) {
        boolean[][] plans = new boolean[clients][SHARES.length + 1];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            order.add(i);
        }
        for (int k = 0; k < SHARES.length; k++) {
            Collections.shuffle(order, random);
            for (int i = 0; i < Math.round(SHARES[k] * clients); i++) {
                plans[order.get(i)][k] = true;
            }
        }
        // a hoist needs two nurses at morning care: a quota among the morning-care clients, ~4% of all visits
        List<Integer> morning = order.stream().filter(i -> plans[i][0]).toList();
        for (int i = 0; i < Math.round(HOIST_SHARE * clients); i++) {
            plans[morning.get(i)][SHARES.length] = true;
        }
        return plans;
    }

    void addFor(Client c) {
        int before = out.size();
        if (plans[0]) { // morning personal care; a few clients need a hoist, so two nurses at once
            boolean hoist = plans[SHARES.length];
            int duration = 20 + 5 * random.nextInt(3);
            for (int d : EVERY_DAY) {
                Visit first = add(d, "07:00", "11:00", duration, 3, Set.of(), null, null, 0, 0);
                if (hoist) {
                    add(d, "07:00", "11:00", duration, 2, Set.of(), first.id(), null, 0, 0);
                }
            }
        }
        if (plans[1]) { // insulin at fixed times
            for (int d : EVERY_DAY) {
                add(d, "07:30", "08:30", 10, 3, Set.of("insulin"), null, null, 0, 0);
                add(d, "17:00", "18:00", 10, 3, Set.of("insulin"), null, null, 0, 0);
            }
        }
        if (plans[2]) { // compression stockings on and off
            for (int d : EVERY_DAY) {
                add(d, "07:00", "11:00", 15, 2, Set.of(), null, null, 0, 0);
                add(d, "19:30", "22:00", 10, 2, Set.of(), null, null, 0, 0);
            }
        }
        if (plans[3]) {
            EVERY_DAY.forEach(d -> add(d, "19:00", "21:30", 25, 2, Set.of(), null, null, 0, 0));
        }
        if (plans[4]) {
            List.of(0, 2, 4).forEach(d -> add(d, "09:00", "12:30", 25, 4, Set.of("wound"), null, null, 0, 0));
        }
        if (plans[5]) { // eye drops, then a check 60-90 minutes after the first visit started
            for (int d : EVERY_DAY) {
                Visit drops = add(d, "08:00", "09:30", 10, 3, Set.of(), null, null, 0, 0);
                add(d, "08:00", "12:30", 10, 3, Set.of(), null, drops.id(), 60, 90);
            }
        }
        if (plans[6]) {
            EVERY_DAY.forEach(d -> add(d, "09:00", "12:30", 30, 4, Set.of("palliative"), null, null, 0, 0));
        }
        if (plans[7] || out.size() == before) {
            List.of(1, 3, 5).forEach(d -> add(d, "09:30", "12:30", 30, 2, Set.of(), null, null, 0, 0));
        }
    }

    private Visit add(int day, String from, String to, int duration, int level, Set<String> skills, String partnerOf,
            String after, int minGap, int maxGap) {
        Visit v = new Visit(clientId + "-v" + out.size(), clientId, day, day * 1440 + minutes(from),
                day * 1440 + minutes(to), duration, level, skills, partnerOf, after, minGap, maxGap);
        out.add(v);
        return v;
    }

    private static int minutes(String hhmm) {
        return Integer.parseInt(hhmm.substring(0, 2)) * 60 + Integer.parseInt(hhmm.substring(3));
    }
}
