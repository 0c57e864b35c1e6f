package care.rondo.planning;

import org.optaplanner.core.api.domain.variable.VariableListener;
import org.optaplanner.core.api.score.director.ScoreDirector;

/**
 * Keeps visit times and shift working spans up to date when visits change shift or predecessor.
 * <p>
 * OptaPlanner updates every visit's shift and predecessor (calling {@link #beforeVariableChanged} for each, with the
 * shift it leaves still set) before it calls {@link #afterVariableChanged} for any of them, so the first "after" of
 * a move sees the whole change: it re-times incrementally what the move affects ({@link RouteTimetable}), and the
 * remaining calls of that move find nothing left to do. One listener instance per score director, so move threads
 * each keep their own.
 */
public class RouteTimingListener implements VariableListener<VisitRoster, Visit> {

    private RouteTimetable timetable;
    private final NotifyingWriter writer = new NotifyingWriter();

    @Override
    public void beforeVariableChanged(ScoreDirector<VisitRoster> scoreDirector, Visit visit) {
        timetable(scoreDirector).changing(visit);
    }

    @Override
    public void afterVariableChanged(ScoreDirector<VisitRoster> scoreDirector, Visit visit) {
        RouteTimetable current = timetable(scoreDirector);
        if (current.hasChanges()) {
            writer.scoreDirector = scoreDirector;
            current.update(writer);
            writer.scoreDirector = null;
        }
    }

    /** Times the solution as given; runs before the score session exists, so plain writes are enough. */
    @Override
    public void resetWorkingSolution(ScoreDirector<VisitRoster> scoreDirector) {
        timetable = new RouteTimetable(scoreDirector.getWorkingSolution());
        RosterTimes.refresh(timetable);
    }

    private RouteTimetable timetable(ScoreDirector<VisitRoster> scoreDirector) {
        VisitRoster roster = scoreDirector.getWorkingSolution();
        if (timetable == null || timetable.roster() != roster) {
            timetable = new RouteTimetable(roster);
        }
        return timetable;
    }

    @Override
    public void beforeEntityAdded(ScoreDirector<VisitRoster> scoreDirector, Visit visit) {
        // visits are never added during solving
    }

    @Override
    public void afterEntityAdded(ScoreDirector<VisitRoster> scoreDirector, Visit visit) {
        // visits are never added during solving
    }

    @Override
    public void beforeEntityRemoved(ScoreDirector<VisitRoster> scoreDirector, Visit visit) {
        // visits are never removed during solving
    }

    @Override
    public void afterEntityRemoved(ScoreDirector<VisitRoster> scoreDirector, Visit visit) {
        // visits are never removed during solving
    }

    /** Writes through the score director, and only what changed (boxing only then). */
    private static final class NotifyingWriter implements RouteTimetable.Writer {

        private ScoreDirector<VisitRoster> scoreDirector;

        @Override
        public void visitTimes(Visit visit, long arrival, long start, long end) {
            Long oldArrival = visit.getArrivalTime();
            Long oldStart = visit.getStartTime();
            Long oldEnd = visit.getEndTime();
            if (oldArrival != null && oldArrival == arrival && oldStart != null && oldStart == start
                    && oldEnd != null && oldEnd == end) {
                return;
            }
            set(visit, arrival, start, end);
        }

        @Override
        public void clearTimes(Visit visit) {
            if (visit.getArrivalTime() != null || visit.getStartTime() != null || visit.getEndTime() != null) {
                set(visit, null, null, null);
            }
        }

        private void set(Visit visit, Long arrival, Long start, Long end) {
            scoreDirector.beforeVariableChanged(visit, "arrivalTime");
            scoreDirector.beforeVariableChanged(visit, "startTime");
            scoreDirector.beforeVariableChanged(visit, "endTime");
            visit.setTimes(arrival, start, end);
            scoreDirector.afterVariableChanged(visit, "arrivalTime");
            scoreDirector.afterVariableChanged(visit, "startTime");
            scoreDirector.afterVariableChanged(visit, "endTime");
        }

        @Override
        public void workSpan(NurseShift shift, long workStart, long workEnd) {
            Long oldStart = shift.getWorkStart();
            Long oldEnd = shift.getWorkEnd();
            if (oldStart != null && oldStart == workStart && oldEnd != null && oldEnd == workEnd) {
                return;
            }
            setSpan(shift, workStart, workEnd);
        }

        @Override
        public void clearWorkSpan(NurseShift shift) {
            if (shift.getWorkStart() != null || shift.getWorkEnd() != null) {
                setSpan(shift, null, null);
            }
        }

        private void setSpan(NurseShift shift, Long workStart, Long workEnd) {
            scoreDirector.beforeVariableChanged(shift, "workStart");
            scoreDirector.beforeVariableChanged(shift, "workEnd");
            shift.setWorkSpan(workStart, workEnd);
            scoreDirector.afterVariableChanged(shift, "workStart");
            scoreDirector.afterVariableChanged(shift, "workEnd");
        }
    }
}
