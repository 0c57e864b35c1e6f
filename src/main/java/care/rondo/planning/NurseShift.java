package care.rondo.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PiggybackShadowVariable;
import org.optaplanner.core.api.domain.variable.PlanningListVariable;

/**
 * One nurse on one day (availability minus absences): the route she rides, in visiting order.
 * <p>
 * One extra instance per solution, the {@linkplain #unassignedBucket() unassigned bucket}, has no nurse: the visits
 * in its list are the ones nobody does. OptaPlanner 10 has no {@code allowsUnassignedValues}, so this bucket is how
 * "leave it undone" becomes a legal move; constraints ignore it except for the medium penalty.
 */
@PlanningEntity
public class NurseShift {

    public static final String UNASSIGNED_ID = "unassigned";

    @PlanningId
    private String id;
    private PlanningNurse nurse;
    private int day;
    private long start;
    private long end;
    private Long capacity;
    /**
     * Not {@code @PlanningPin}: in OptaPlanner 10.2 a pinned list-variable entity breaks nearby selection (its
     * visits are counted as destinations but never iterated). The move filter enforces the lock instead.
     */
    private boolean locked;

    @PlanningListVariable(valueRangeProviderRefs = VisitRoster.VISIT_RANGE)
    private List<PlanningVisit> visits = new ArrayList<>();

    /** Working span: leaving the start location for the first visit until back after the last; null when empty. */
    @PiggybackShadowVariable(shadowEntityClass = PlanningVisit.class, shadowVariableName = "arrivalTime")
    private Long workStart;
    @PiggybackShadowVariable(shadowEntityClass = PlanningVisit.class, shadowVariableName = "arrivalTime")
    private Long workEnd;

    // Working state of RouteTimetable (see Visit): rank in id order, pending sweep range and per-update stamps.
    int rank;
    int queuedEpoch;
    boolean queued;
    int pendingFrom;
    int pendingTo;
    int markedEpoch;
    int markedFrom;
    int markedTo;
    int touchedEpoch;
    int componentEpoch;

    /**
     * A field-by-field copy for {@link VisitRosterCloner} with an empty route (the cloner fills it with the cloned
     * visits). Every field must be here: {@code VisitRosterClonerTest} fails on one that is not.
     */
    NurseShift copyForClone() {
        NurseShift copy = new NurseShift();
        copy.id = id;
        copy.nurse = nurse;
        copy.day = day;
        copy.start = start;
        copy.end = end;
        copy.capacity = capacity;
        copy.locked = locked;
        copy.workStart = workStart;
        copy.workEnd = workEnd;
        copy.rank = rank;
        copy.queuedEpoch = queuedEpoch;
        copy.queued = queued;
        copy.pendingFrom = pendingFrom;
        copy.pendingTo = pendingTo;
        copy.markedEpoch = markedEpoch;
        copy.markedFrom = markedFrom;
        copy.markedTo = markedTo;
        copy.touchedEpoch = touchedEpoch;
        copy.componentEpoch = componentEpoch;
        copy.visits = new ArrayList<>(visits.size());
        return copy;
    }

    NurseShift() {
        // for the solution cloner
    }

    /**
     * @param day day index within the planning week (0 = Monday); max hours per day sums shifts of the same day
     * @param start earliest moment the nurse may leave her start location
     * @param end latest moment she must be back, travel home included
     */
    public NurseShift(String id, PlanningNurse nurse, int day, long start, long end) {
        if (end < start) {
            throw new IllegalArgumentException("Shift " + id + " ends before it starts");
        }
        this.id = Objects.requireNonNull(id);
        this.nurse = Objects.requireNonNull(nurse);
        this.day = day;
        this.start = start;
        this.end = end;
    }

    public static NurseShift unassignedBucket() {
        NurseShift bucket = new NurseShift();
        bucket.id = UNASSIGNED_ID;
        bucket.end = Long.MAX_VALUE;
        return bucket;
    }

    /** A generic workload limit (vehicle capacity in Solomon); null means unlimited. */
    public void setCapacity(Long capacity) {
        this.capacity = capacity;
    }

    /** Locks the whole nurse-day: the solver neither adds, removes nor reorders its visits. */
    public void setLocked(boolean locked) {
        this.locked = locked;
    }

    public boolean isUnassignedBucket() {
        return nurse == null;
    }

    public long getTotalDemand() {
        return visits.stream().mapToLong(PlanningVisit::getDemand).sum();
    }

    public long getWorkDuration() {
        return workStart == null ? 0 : workEnd - workStart;
    }

    public String getId() {
        return id;
    }

    /**
     * This shift's place in id order (0, 1, ...) once the solver times the roster: lets solver aids keep per-shift
     * arrays instead of maps. Not unique before that (then 0), so a cache must still check which shift it holds.
     */
    public int getRank() {
        return rank;
    }

    public PlanningNurse getNurse() {
        return nurse;
    }

    public int getDay() {
        return day;
    }

    public long getStart() {
        return start;
    }

    public long getEnd() {
        return end;
    }

    public Long getCapacity() {
        return capacity;
    }

    public boolean isLocked() {
        return locked;
    }

    /** The route in visiting order. Put pinned visits here before solving; the solver fills the rest. */
    public List<PlanningVisit> getVisits() {
        return visits;
    }

    /**
     * Position of a visit of this shift, by identity (the solver works on clones) and read from the list itself,
     * since the index shadow variable lags behind the list while a move is being done.
     */
    public int positionOf(PlanningVisit visit) {
        // A move shifts a visit by a place or two at most, so where it was last found is nearly always the answer;
        // the full scan was 5% of solving time on Kummer 50.
        int hint = visit.positionHint;
        int size = visits.size();
        for (int i = Math.max(0, hint - 1), end = Math.min(size, hint + 2); i < end; i++) {
            if (visits.get(i) == visit) {
                visit.positionHint = i;
                return i;
            }
        }
        for (int i = 0; i < size; i++) {
            if (visits.get(i) == visit) {
                visit.positionHint = i;
                return i;
            }
        }
        throw new IllegalStateException("Visit " + visit + " is not in the list of its shift " + this);
    }

    public Long getWorkStart() {
        return workStart;
    }

    public Long getWorkEnd() {
        return workEnd;
    }

    void setWorkSpan(Long workStart, Long workEnd) {
        this.workStart = workStart;
        this.workEnd = workEnd;
    }

    @Override
    public String toString() {
        return id;
    }
}
