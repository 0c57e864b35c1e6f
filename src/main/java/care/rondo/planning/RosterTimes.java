package care.rondo.planning;

import java.util.List;

/**
 * Fills every shadow value of a roster (shift, previous, next, times, working spans) from the shift lists alone,
 * without a solver: for rosters edited by hand, for the solver's starting solution, and for tests.
 */
public final class RosterTimes {

    private RosterTimes() {
    }

    public static void refresh(VisitRoster roster) {
        refresh(new RouteTimetable(roster));
    }

    static void refresh(RouteTimetable timetable) {
        VisitRoster roster = timetable.roster();
        for (PlanningVisit visit : roster.getVisits()) {
            visit.setRoute(null, null, null);
            visit.setTimes(null, null, null);
        }
        for (NurseShift shift : roster.getAllShifts()) {
            List<PlanningVisit> visits = shift.getVisits();
            for (int i = 0; i < visits.size(); i++) {
                visits.get(i).setRoute(shift, i == 0 ? null : visits.get(i - 1),
                        i + 1 < visits.size() ? visits.get(i + 1) : null);
            }
        }
        timetable.refreshAll(DIRECT);
    }

    private static final RouteTimetable.Writer DIRECT = new RouteTimetable.Writer() {
        @Override
        public void visitTimes(PlanningVisit visit, long arrival, long start, long end) {
            visit.setTimes(arrival, start, end);
        }

        @Override
        public void clearTimes(PlanningVisit visit) {
            visit.setTimes(null, null, null);
        }

        @Override
        public void workSpan(NurseShift shift, long workStart, long workEnd) {
            shift.setWorkSpan(workStart, workEnd);
        }

        @Override
        public void clearWorkSpan(NurseShift shift) {
            shift.setWorkSpan(null, null);
        }
    };
}
