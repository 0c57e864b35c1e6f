package care.rondo.service.roster.solving;

import care.rondo.domain.Visit;
import care.rondo.planning.PlanningVisit;
import care.rondo.planning.NurseShift;
import care.rondo.planning.VisitRoster;
import care.rondo.service.roster.problem.WeekClock;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** Planning solution → stored assignments: who does each visit, in which order, from when to when. */
public final class SolutionWriter {

    private SolutionWriter() {
    }

    public record Assignment(Long nurseId, Instant plannedStart, Instant plannedEnd, Integer routeIndex) {
        static final Assignment NONE = new Assignment(null, null, null, null);
    }

    /**
     * Visit id → assignment; visits in the unassigned bucket map to {@link Assignment#NONE}. Visits in no list
     * (a solve stopped during construction) are left out, so their stored assignment stays.
     */
    public static Map<Long, Assignment> assignments(VisitRoster solution, WeekClock clock) {
        Map<Long, Assignment> result = new HashMap<>();
        solution.getUnassigned().getVisits().forEach(v -> result.put(Long.valueOf(v.getId()), Assignment.NONE));
        for (NurseShift shift : solution.getShifts()) {
            int index = 0;
            for (PlanningVisit visit : shift.getVisits()) {
                Long start = visit.getStartTime();
                Long end = visit.getEndTime();
                result.put(Long.valueOf(visit.getId()), new Assignment(Long.valueOf(shift.getNurse().getId()),
                        start == null ? null : clock.toInstant(start), end == null ? null : clock.toInstant(end),
                        index++));
            }
        }
        return result;
    }

    /** Copies assignments onto managed visits; pinned visits keep their nurse (the solver could not move them). */
    public static int apply(Map<Long, Assignment> assignments, Iterable<Visit> visits) {
        int changed = 0;
        for (Visit visit : visits) {
            Assignment assignment = assignments.get(visit.id);
            if (assignment == null) {
                continue;
            }
            if (!Objects.equals(visit.nurseId, assignment.nurseId())
                    || !Objects.equals(visit.plannedStart, assignment.plannedStart())) {
                changed++;
            }
            visit.nurseId = assignment.nurseId();
            visit.plannedStart = assignment.plannedStart();
            visit.plannedEnd = assignment.plannedEnd();
            visit.routeIndex = assignment.routeIndex();
        }
        return changed;
    }
}
