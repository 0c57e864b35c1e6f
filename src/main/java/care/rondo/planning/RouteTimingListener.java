package care.rondo.planning;

import org.optaplanner.core.api.domain.variable.VariableListener;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.domain.solution.descriptor.SolutionDescriptor;
import org.optaplanner.core.impl.domain.variable.descriptor.VariableDescriptor;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;

/**
 * Keeps visit times and shift working spans up to date when visits change shift or predecessor.
 * <p>
 * OptaPlanner updates every visit's shift and predecessor (calling {@link #beforeVariableChanged} for each, with the
 * shift it leaves still set) before it calls {@link #afterVariableChanged} for any of them, so the first "after" of
 * a move sees the whole change: it re-times incrementally what the move affects ({@link RouteTimetable}), and the
 * remaining calls of that move find nothing left to do. One listener instance per score director, so move threads
 * each keep their own.
 */
public class RouteTimingListener implements VariableListener<VisitRoster, PlanningVisit> {

    private RouteTimetable timetable;
    private final NotifyingWriter writer = new NotifyingWriter();

    @Override
    public void beforeVariableChanged(ScoreDirector<VisitRoster> scoreDirector, PlanningVisit visit) {
        timetable(scoreDirector).changing(visit);
    }

    @Override
    public void afterVariableChanged(ScoreDirector<VisitRoster> scoreDirector, PlanningVisit visit) {
        RouteTimetable current = timetable(scoreDirector);
        if (current.hasChanges()) {
            writer.use(scoreDirector);
            current.update(writer);
            writer.release();
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
    public void beforeEntityAdded(ScoreDirector<VisitRoster> scoreDirector, PlanningVisit visit) {
        // visits are never added during solving
    }

    @Override
    public void afterEntityAdded(ScoreDirector<VisitRoster> scoreDirector, PlanningVisit visit) {
        // visits are never added during solving
    }

    @Override
    public void beforeEntityRemoved(ScoreDirector<VisitRoster> scoreDirector, PlanningVisit visit) {
        // visits are never removed during solving
    }

    @Override
    public void afterEntityRemoved(ScoreDirector<VisitRoster> scoreDirector, PlanningVisit visit) {
        // visits are never removed during solving
    }

    /** Writes through the score director, and only what changed (boxing only then). */
    private static final class NotifyingWriter implements RouteTimetable.Writer {

        private ScoreDirector<VisitRoster> scoreDirector;
        /*
         * The score director OptaPlanner gives a listener is its inner one, which takes variable descriptors:
         * looking each variable up by name instead (a map lookup per notification) was 6% of
         * solving time on Kummer 50. The public by-name calls stay as the fallback.
         */
        private InnerScoreDirector<VisitRoster, ?> inner;
        private SolutionDescriptor<VisitRoster> descriptorsOf;
        private VariableDescriptor<VisitRoster> arrivalTime;
        private VariableDescriptor<VisitRoster> workStart;

        void use(ScoreDirector<VisitRoster> director) {
            scoreDirector = director;
            inner = director instanceof InnerScoreDirector<VisitRoster, ?> innerDirector ? innerDirector : null;
            if (inner != null && inner.getSolutionDescriptor() != descriptorsOf) {
                descriptorsOf = inner.getSolutionDescriptor();
                var visit = descriptorsOf.findEntityDescriptorOrFail(PlanningVisit.class);
                var shift = descriptorsOf.findEntityDescriptorOrFail(NurseShift.class);
                arrivalTime = visit.getVariableDescriptor("arrivalTime");
                workStart = shift.getVariableDescriptor("workStart");
            }
        }

        void release() {
            scoreDirector = null;
            inner = null;
        }

        @Override
        public void visitTimes(PlanningVisit visit, long arrival, long start, long end) {
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
        public void clearTimes(PlanningVisit visit) {
            if (visit.getArrivalTime() != null || visit.getStartTime() != null || visit.getEndTime() != null) {
                set(visit, null, null, null);
            }
        }

        /*
         * One notification per visit, on the variable the other two piggyback on: the score director re-evaluates
         * the whole visit on any notification, and no listener has start or end as its source. Notifying all three
         * (as before) tripled the bookkeeping per re-timed visit, 10-17% of solving time on team M and Kummer 50.
         */
        private void set(PlanningVisit visit, Long arrival, Long start, Long end) {
            if (inner != null) {
                inner.beforeVariableChanged(arrivalTime, visit);
                visit.setTimes(arrival, start, end);
                inner.afterVariableChanged(arrivalTime, visit);
                return;
            }
            scoreDirector.beforeVariableChanged(visit, "arrivalTime");
            visit.setTimes(arrival, start, end);
            scoreDirector.afterVariableChanged(visit, "arrivalTime");
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

        /** As for visits: one notification per shift, on the span's start. */
        private void setSpan(NurseShift shift, Long workStart, Long workEnd) {
            if (inner != null) {
                inner.beforeVariableChanged(this.workStart, shift);
                shift.setWorkSpan(workStart, workEnd);
                inner.afterVariableChanged(this.workStart, shift);
                return;
            }
            scoreDirector.beforeVariableChanged(shift, "workStart");
            shift.setWorkSpan(workStart, workEnd);
            scoreDirector.afterVariableChanged(shift, "workStart");
        }
    }
}
