package care.rondo.planning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.optaplanner.core.api.domain.variable.VariableListener;
import org.optaplanner.core.api.score.director.ScoreDirector;

/**
 * Keeps visit times and shift working spans up to date when a visit changes shift or predecessor.
 * <p>
 * Remembers the shift a visit leaves (in {@link #beforeVariableChanged}) because that route's span shrinks even
 * when no visit remains on it to trigger a recomputation. Also recomputes the partner's route: a double-handed
 * partner moving elsewhere changes when this nurse may start.
 */
public class RouteTimingListener implements VariableListener<VisitRoster, Visit> {

    private final Set<NurseShift> leftShifts = Collections.newSetFromMap(new IdentityHashMap<>());

    @Override
    public void beforeVariableChanged(ScoreDirector<VisitRoster> scoreDirector, Visit visit) {
        if (visit.isAssigned()) {
            leftShifts.add(visit.getShift());
        }
    }

    @Override
    public void afterVariableChanged(ScoreDirector<VisitRoster> scoreDirector, Visit visit) {
        List<NurseShift> seeds = new ArrayList<>(leftShifts);
        leftShifts.clear();
        NotifyingWriter writer = new NotifyingWriter(scoreDirector);
        if (visit.isAssigned()) {
            seeds.add(visit.getShift());
        } else {
            writer.visitTimes(visit, null, null, null);
        }
        if (visit.getPartner() != null) {
            seeds.add(visit.getPartner().getShift());
        }
        new RouteTimetable(Visit::getShift, writer).update(seeds);
    }

    /** Times the solution as given; runs before the score session exists, so plain writes are enough. */
    @Override
    public void resetWorkingSolution(ScoreDirector<VisitRoster> scoreDirector) {
        leftShifts.clear();
        RosterTimes.refresh(scoreDirector.getWorkingSolution());
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

    private record NotifyingWriter(ScoreDirector<VisitRoster> scoreDirector) implements RouteTimetable.Writer {

        @Override
        public void visitTimes(Visit visit, Long arrival, Long start, Long end) {
            if (Objects.equals(visit.getArrivalTime(), arrival) && Objects.equals(visit.getStartTime(), start)
                    && Objects.equals(visit.getEndTime(), end)) {
                return;
            }
            scoreDirector.beforeVariableChanged(visit, "arrivalTime");
            scoreDirector.beforeVariableChanged(visit, "startTime");
            scoreDirector.beforeVariableChanged(visit, "endTime");
            visit.setTimes(arrival, start, end);
            scoreDirector.afterVariableChanged(visit, "arrivalTime");
            scoreDirector.afterVariableChanged(visit, "startTime");
            scoreDirector.afterVariableChanged(visit, "endTime");
        }

        @Override
        public void workSpan(NurseShift shift, Long workStart, Long workEnd) {
            if (Objects.equals(shift.getWorkStart(), workStart) && Objects.equals(shift.getWorkEnd(), workEnd)) {
                return;
            }
            scoreDirector.beforeVariableChanged(shift, "workStart");
            scoreDirector.beforeVariableChanged(shift, "workEnd");
            shift.setWorkSpan(workStart, workEnd);
            scoreDirector.afterVariableChanged(shift, "workStart");
            scoreDirector.afterVariableChanged(shift, "workEnd");
        }
    }
}
