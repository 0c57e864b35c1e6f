package care.rondo.service.roster.solving;

import care.rondo.domain.Visit;
import care.rondo.planning.VisitRoster;
import care.rondo.service.roster.problem.PlanningMapper;
import care.rondo.service.roster.problem.RosterLoader;
import care.rondo.service.roster.problem.RosterProblem;
import care.rondo.service.roster.problem.WeekClock;
import care.rondo.service.roster.solving.SolutionWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;

import java.time.ZoneId;
import java.util.Map;

/**
 * Keeps the stored routes what the solver's model makes of them. After a hand edit (an override) or a solver
 * write that had to skip pinned visits, the stored times, order and positions of a roster may no longer be a
 * route: a moved visit keeps the time it had in another nurse's day, two visits share a position, a pinned visit
 * keeps a time its new predecessors no longer allow. {@link #retime} maps the stored roster to the planning model
 * exactly as an analysis does, lets OptaPlanner's shadow variables time every route (the solver's own timing),
 * and writes nurse, start, end and position back, so that the stored roster, the board and the score agree.
 */
@ApplicationScoped
public class StoredRoutes {

    @Inject
    RosterLoader loader;

    @Inject
    SolutionManager<VisitRoster, HardMediumSoftLongScore> solutionManager;

    @Inject
    care.rondo.routing.RoutingService routing;

    /**
     * Re-times every route of the roster in the caller's transaction. Visits frozen by a re-plan (the past) keep
     * what is stored. A visit the model cannot place in any shift of its nurse is stored as unassigned, which is
     * how every analysis already counts it.
     *
     * @return how many visits changed
     */
    public int retime(long rosterId) {
        RosterProblem problem = loader.load(rosterId); // the managed visits of this transaction
        VisitRoster solution = PlanningMapper.toPlanning(problem, true, routing.travelTimes());
        solutionManager.update(solution);
        WeekClock clock = WeekClock.of(problem.roster().weekStart, ZoneId.of(problem.roster().timeZone));
        Map<Long, SolutionWriter.Assignment> assignments = SolutionWriter.assignments(solution, clock);
        int changed = 0;
        for (Visit visit : problem.visits()) {
            SolutionWriter.Assignment assignment = assignments.get(visit.id);
            if (visit.frozen || assignment == null) {
                continue;
            }
            if (!java.util.Objects.equals(visit.nurseId, assignment.nurseId())
                    || !java.util.Objects.equals(visit.plannedStart, assignment.plannedStart())
                    || !java.util.Objects.equals(visit.plannedEnd, assignment.plannedEnd())
                    || !java.util.Objects.equals(visit.routeIndex, assignment.routeIndex())) {
                visit.nurseId = assignment.nurseId();
                visit.plannedStart = assignment.plannedStart();
                visit.plannedEnd = assignment.plannedEnd();
                visit.routeIndex = assignment.routeIndex();
                changed++;
            }
        }
        return changed;
    }
}
