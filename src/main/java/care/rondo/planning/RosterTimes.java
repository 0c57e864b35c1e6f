package care.rondo.planning;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills every shadow value of a roster (shift, previous, next, times, working spans) from the shift lists alone,
 * without a solver: for rosters edited by hand, for the solver's starting solution, and for tests.
 */
public final class RosterTimes {

    private RosterTimes() {
    }

    public static void refresh(VisitRoster roster) {
        Map<Visit, NurseShift> shiftOf = new IdentityHashMap<>();
        for (Visit visit : roster.getVisits()) {
            visit.setRoute(null, null, null);
            visit.setTimes(null, null, null);
        }
        for (NurseShift shift : roster.getAllShifts()) {
            List<Visit> visits = shift.getVisits();
            for (int i = 0; i < visits.size(); i++) {
                Visit visit = visits.get(i);
                visit.setRoute(shift, i == 0 ? null : visits.get(i - 1), i + 1 < visits.size() ? visits.get(i + 1)
                        : null);
                shiftOf.put(visit, shift);
            }
        }
        RouteTimetable.Writer direct = new RouteTimetable.Writer() {
            @Override
            public void visitTimes(Visit visit, Long arrival, Long start, Long end) {
                visit.setTimes(arrival, start, end);
            }

            @Override
            public void workSpan(NurseShift shift, Long workStart, Long workEnd) {
                shift.setWorkSpan(workStart, workEnd);
            }
        };
        new RouteTimetable(shiftOf::get, direct).update(roster.getShifts());
    }
}
