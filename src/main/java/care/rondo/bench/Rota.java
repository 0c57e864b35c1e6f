package care.rondo.bench;

import care.rondo.bench.TeamWeek.Nurse;
import care.rondo.bench.TeamWeek.Shift;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * The shifts nurses offer in the generated week. Each nurse offers two shifts more than her contract needs (the
 * solver leaves spare ones empty); shifts are spread evenly over the days and about 70% are early,
 * because most care (washing, stockings, insulin) happens in the morning. At least three late shifts a day:
 * evening care clusters at 19:00-22:00.
 */
final class Rota {

    private static final int SHIFT_MINUTES = TeamWeekGenerator.EARLY_END - TeamWeekGenerator.EARLY_START;

    private Rota() {
    }

    static List<Nurse> offer(Random random, List<Nurse> nurses) {
        int[] quota = new int[nurses.size()];
        int total = 0;
        for (int i = 0; i < quota.length; i++) {
            quota[i] = Math.min(6, Math.round((float) nurses.get(i).contractMinutes() / SHIFT_MINUTES) + 2);
            total += quota[i];
        }
        List<List<Shift>> shifts = new ArrayList<>();
        nurses.forEach(n -> shifts.add(new ArrayList<>()));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < quota.length; i++) {
            order.add(i);
        }
        boolean[] lateYesterday = new boolean[quota.length];
        for (int day = 0; day < 7; day++) {
            int perDay = (int) Math.ceil((double) total / (7 - day));
            Collections.shuffle(order, random);
            List<Integer> working = order.stream().filter(i -> quota[i] > 0)
                    .sorted(Comparator.comparingInt(i -> -quota[i])).limit(perDay)
                    .sorted(Comparator.comparing(i -> !lateYesterday[i])).toList();
            // late then early the next day would break the 11 h rest rule, so yesterday's late nurses stay late
            int lateCarry = (int) working.stream().filter(i -> lateYesterday[i]).count();
            int late = Math.max(lateCarry, Math.max(3, Math.round(working.size() * 0.3f)));
            Arrays.fill(lateYesterday, false);
            for (int k = 0; k < working.size(); k++) {
                int i = working.get(k);
                lateYesterday[i] = k < late;
                quota[i]--;
                total--;
                int from = k < late ? TeamWeekGenerator.LATE_START : TeamWeekGenerator.EARLY_START;
                int to = k < late ? TeamWeekGenerator.LATE_END : TeamWeekGenerator.EARLY_END;
                shifts.get(i).add(new Shift(day, day * 1440 + from, day * 1440 + to));
            }
        }
        List<Nurse> out = new ArrayList<>();
        for (int i = 0; i < nurses.size(); i++) {
            Nurse n = nurses.get(i);
            out.add(new Nurse(n.id(), n.level(), n.skills(), n.contractMinutes(), n.lat(), n.lon(),
                    List.copyOf(shifts.get(i))));
        }
        return List.copyOf(out);
    }
}
