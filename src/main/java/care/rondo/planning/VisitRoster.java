package care.rondo.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.optaplanner.core.api.domain.constraintweight.ConstraintConfigurationProvider;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningEntityProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.solution.ProblemFactProperty;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** One team's planning week as the solver sees it: nurse shifts, visits, rules and weights. */
@PlanningSolution(solutionCloner = VisitRosterCloner.class)
public class VisitRoster {

    public static final String VISIT_RANGE = "visitRange";

    @PlanningEntityCollectionProperty
    private List<NurseShift> shifts;
    /** Where unassigned visits live; kept apart from {@link #shifts} so callers never mistake it for a nurse. */
    @PlanningEntityProperty
    private NurseShift unassigned;
    /**
     * A fact collection although visits carry shadow variables: OptaPlanner 10.2 asks every entity in entity
     * collections for the list variable, which only shifts have. Visit is still a registered entity class, so it is
     * deep-cloned and its shadow variables are maintained.
     */
    @ProblemFactCollectionProperty
    @ValueRangeProvider(id = VISIT_RANGE)
    private List<PlanningVisit> visits;
    @ProblemFactProperty
    private WorkRules workRules;
    @ConstraintConfigurationProvider
    private RosterConstraintWeights constraintWeights;
    @PlanningScore
    private HardMediumSoftLongScore score;

    /**
     * Timing bookkeeping shared by every timetable working on this solution (the solver's and an assertion
     * director's): the epoch that stamps per-update marks on visits and shifts, and how many visits were timed by
     * a component whose rounds did not settle. Plain fields, so the solution cloner copies them with the stamps.
     */
    int timingEpoch;
    int unsettledVisits;

    VisitRoster() {
        // for the solution cloner
    }

    /**
     * @param shifts every nurse-day of the week; put pinned visits into their lists before solving
     * @param visits every visit of the week, pinned ones included
     */
    public VisitRoster(List<NurseShift> shifts, List<PlanningVisit> visits, WorkRules workRules,
            RosterConstraintWeights constraintWeights) {
        this.shifts = new ArrayList<>(shifts);
        this.unassigned = NurseShift.unassignedBucket();
        this.visits = new ArrayList<>(visits);
        this.workRules = Objects.requireNonNull(workRules);
        this.constraintWeights = Objects.requireNonNull(constraintWeights);
        long longestShift = shifts.stream().mapToLong(shift -> shift.getEnd() - shift.getStart()).max().orElse(0);
        for (PlanningVisit visit : visits) {
            visit.setLongestShift(longestShift);
        }
    }

    /** A copy with the given cloned entities and everything else shared (see {@link VisitRosterCloner}). */
    VisitRoster copyForClone(List<NurseShift> shiftCopies, NurseShift unassignedCopy, List<PlanningVisit> visitCopies) {
        VisitRoster copy = new VisitRoster();
        copy.shifts = shiftCopies;
        copy.unassigned = unassignedCopy;
        copy.visits = visitCopies;
        copy.workRules = workRules;
        copy.constraintWeights = constraintWeights;
        copy.score = score;
        copy.timingEpoch = timingEpoch;
        copy.unsettledVisits = unsettledVisits;
        return copy;
    }

    public List<NurseShift> getShifts() {
        return shifts;
    }

    /** The bucket of visits nobody does; its list may be pre-filled (e.g. a visit the team chose to drop). */
    public NurseShift getUnassigned() {
        return unassigned;
    }

    /** The real shifts plus the unassigned bucket. */
    public List<NurseShift> getAllShifts() {
        List<NurseShift> all = new ArrayList<>(shifts);
        all.add(unassigned);
        return all;
    }

    public List<PlanningVisit> getVisits() {
        return visits;
    }

    public WorkRules getWorkRules() {
        return workRules;
    }

    public RosterConstraintWeights getConstraintWeights() {
        return constraintWeights;
    }

    /**
     * Scores this roster under other weights from now on: for a planning clone that a phase solves on its own (see
     * {@code LinkedVisitConstructionPhase}); the roster the solver works on keeps its weights.
     */
    public void useConstraintWeights(RosterConstraintWeights weights) {
        this.constraintWeights = Objects.requireNonNull(weights);
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }
}
