package care.rondo.bench;

import java.util.Locale;

/** One-line summary of a generated week: demand against offered shift time, to see that it can be feasible. */
public final class TeamWeekStats {

    private TeamWeekStats() {
    }

    public static String describe(TeamWeek w) {
        long linked = w.visits().stream().filter(v -> v.partnerOf() != null || v.after() != null).count();
        int demandEarly = 0;
        int demandLate = 0;
        for (TeamWeek.Visit v : w.visits()) {
            if (v.windowStart() % 1440 < TeamWeekGenerator.LATE_START) {
                demandEarly += v.duration();
            } else {
                demandLate += v.duration();
            }
        }
        int offeredEarly = 0;
        int offeredLate = 0;
        int contract = 0;
        for (TeamWeek.Nurse n : w.nurses()) {
            contract += n.contractMinutes();
            for (TeamWeek.Shift s : n.shifts()) {
                if (s.start() % 1440 < TeamWeekGenerator.LATE_START) {
                    offeredEarly += s.end() - s.start();
                } else {
                    offeredLate += s.end() - s.start();
                }
            }
        }
        return String.format(Locale.ROOT,
                "team %s seed %d: %d nurses, %d shifts, %d clients, %d visits (%.1f%% linked); care minutes early %d"
                        + " of %d offered, late %d of %d; contract %d min",
                w.size(), w.seed(), w.nurses().size(), w.shiftCount(), w.clients().size(), w.visits().size(),
                100.0 * linked / w.visits().size(), demandEarly, offeredEarly, demandLate, offeredLate, contract);
    }
}
