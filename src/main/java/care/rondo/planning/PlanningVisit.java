package care.rondo.planning;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.InverseRelationShadowVariable;
import org.optaplanner.core.api.domain.variable.NextElementShadowVariable;
import org.optaplanner.core.api.domain.variable.PiggybackShadowVariable;
import org.optaplanner.core.api.domain.variable.PreviousElementShadowVariable;
import org.optaplanner.core.api.domain.variable.ShadowVariable;

/**
 * One concrete visit of the planning week: the planning value of {@link NurseShift#getVisits()}.
 * <p>
 * Times are {@code long}s in the caller's unit. The start window bounds the <em>start</em>: arriving early means
 * waiting; starting after {@code latestStart} is lateness. A pinned visit stays in the shift list the caller put it
 * in (see {@code PinnedVisitMoveFilter}); a fixed start narrows its window to that single moment.
 */
@PlanningEntity
public class PlanningVisit {

    @PlanningId
    private String id;
    private PlanningClient client;
    private Location location;
    private long earliestStart;
    private long latestStart;
    private long duration;
    private int minLevel;
    private Set<String> requiredSkills;
    private int priority;
    private long demand;

    private PlanningVisit partner;
    private LinkType linkType;
    private boolean linkLead;
    private long minGap;
    private long maxGap;

    private boolean pinned;
    private Long pinnedStart;
    /** The longest shift of the solve: visits whose windows lie further apart can never share a route. */
    private long longestShift = Long.MAX_VALUE;
    private String previousNurseId;
    private Long previousStart;
    private long previousStartTolerance;
    private Long wishedNotBefore;
    private Long wishedNotAfter;

    @InverseRelationShadowVariable(sourceVariableName = "visits")
    private NurseShift shift;
    @PreviousElementShadowVariable(sourceVariableName = "visits")
    private PlanningVisit previous;
    @NextElementShadowVariable(sourceVariableName = "visits")
    private PlanningVisit next;
    @ShadowVariable(variableListenerClass = RouteTimingListener.class, sourceVariableName = "shift")
    @ShadowVariable(variableListenerClass = RouteTimingListener.class, sourceVariableName = "previous")
    private Long arrivalTime;
    @PiggybackShadowVariable(shadowVariableName = "arrivalTime")
    private Long startTime;
    @PiggybackShadowVariable(shadowVariableName = "arrivalTime")
    private Long endTime;

    // Working state of RouteTimetable (not planning variables): the times as last computed, valid when timed, and
    // per-update stamps, so that incremental timing needs no maps. Copied by the solution cloner and rebuilt when a
    // working solution is set.
    /** Arrival and start as last computed; meaningful only when {@link #timed}. */
    long timedArrival;
    long timedStart;
    /** Whether the visit was on a real route when last timed. */
    boolean timed;
    /** Timed by a component whose rounds did not settle (partners waiting for each other in a cycle). */
    boolean unsettled;
    /** Where {@link NurseShift#positionOf} last found this visit in its route: a hint, checked before use. */
    int positionHint;
    /** Epoch of the last update that marked this visit, and the marks (RouteTimetable.MARK_*). */
    int markEpoch;
    int marks;
    /** Epoch in which the visit was recomputed, and how often in that epoch. */
    int computedEpoch;
    int computedCount;
    /** Epoch in which the visit changed route or predecessor; and in which it was queued for writing. */
    int dirtyEpoch;
    int touchedEpoch;

    PlanningVisit() {
        // for the solution cloner
    }

    /**
     * A field-by-field copy for {@link VisitRosterCloner}, references to other visits and the shift still the
     * original's (the cloner redirects them). Every field must be here: {@code VisitRosterClonerTest} fails on one
     * that is not.
     */
    PlanningVisit copyForClone() {
        PlanningVisit copy = new PlanningVisit();
        copy.id = id;
        copy.client = client;
        copy.location = location;
        copy.earliestStart = earliestStart;
        copy.latestStart = latestStart;
        copy.duration = duration;
        copy.minLevel = minLevel;
        copy.requiredSkills = requiredSkills;
        copy.priority = priority;
        copy.demand = demand;
        copy.partner = partner;
        copy.linkType = linkType;
        copy.linkLead = linkLead;
        copy.minGap = minGap;
        copy.maxGap = maxGap;
        copy.pinned = pinned;
        copy.pinnedStart = pinnedStart;
        copy.longestShift = longestShift;
        copy.previousNurseId = previousNurseId;
        copy.previousStart = previousStart;
        copy.previousStartTolerance = previousStartTolerance;
        copy.wishedNotBefore = wishedNotBefore;
        copy.wishedNotAfter = wishedNotAfter;
        copy.shift = shift;
        copy.previous = previous;
        copy.next = next;
        copy.arrivalTime = arrivalTime;
        copy.startTime = startTime;
        copy.endTime = endTime;
        copy.timedArrival = timedArrival;
        copy.timedStart = timedStart;
        copy.timed = timed;
        copy.unsettled = unsettled;
        copy.positionHint = positionHint;
        copy.markEpoch = markEpoch;
        copy.marks = marks;
        copy.computedEpoch = computedEpoch;
        copy.computedCount = computedCount;
        copy.dirtyEpoch = dirtyEpoch;
        copy.touchedEpoch = touchedEpoch;
        return copy;
    }

    /** Points a copy's references to other visits and its shift at their copies (see {@link VisitRosterCloner}). */
    void redirect(Map<PlanningVisit, PlanningVisit> visits, Map<NurseShift, NurseShift> shifts) {
        partner = partner == null ? null : visits.get(partner);
        previous = previous == null ? null : visits.get(previous);
        next = next == null ? null : visits.get(next);
        shift = shift == null ? null : shifts.get(shift);
    }

    /**
     * @param priority how much leaving this visit undone hurts (≥ 1); the unassigned penalty is priority × duration
     */
    public PlanningVisit(String id, PlanningClient client, Location location, long earliestStart, long latestStart, long duration,
            int minLevel, Set<String> requiredSkills, int priority) {
        if (latestStart < earliestStart || duration < 0 || priority < 1) {
            throw new IllegalArgumentException("Invalid window, duration or priority for visit " + id);
        }
        this.id = Objects.requireNonNull(id);
        this.client = Objects.requireNonNull(client);
        this.location = Objects.requireNonNull(location);
        this.earliestStart = earliestStart;
        this.latestStart = latestStart;
        this.duration = duration;
        this.minLevel = minLevel;
        this.requiredSkills = Set.copyOf(requiredSkills);
        this.priority = priority;
    }

    /** Both visits need a nurse each, starting at the same moment. */
    public static void linkDoubleHanded(PlanningVisit lead, PlanningVisit other) {
        link(lead, other, LinkType.DOUBLE_HANDED, 0, 0);
    }

    /** {@code second} starts between {@code minGap} and {@code maxGap} after {@code first} starts. */
    public static void linkSequence(PlanningVisit first, PlanningVisit second, long minGap, long maxGap) {
        if (minGap < 0 || maxGap < minGap) {
            throw new IllegalArgumentException("Invalid sequence gap " + minGap + ".." + maxGap);
        }
        link(first, second, LinkType.SEQUENCE, minGap, maxGap);
    }

    private static void link(PlanningVisit lead, PlanningVisit other, LinkType type, long minGap, long maxGap) {
        if (lead.partner != null || other.partner != null || lead == other) {
            throw new IllegalArgumentException("A visit has at most one partner: " + lead.id + ", " + other.id);
        }
        for (PlanningVisit visit : new PlanningVisit[] { lead, other }) {
            visit.linkType = type;
            visit.minGap = minGap;
            visit.maxGap = maxGap;
        }
        lead.partner = other;
        other.partner = lead;
        lead.linkLead = true;
    }

    /** Keeps the visit in the shift list it is in; with a non-null {@code fixedStart} it must start exactly then. */
    public void pin(Long fixedStart) {
        this.pinned = true;
        this.pinnedStart = fixedStart;
    }

    public void setDemand(long demand) {
        this.demand = demand;
    }

    /** The nurse who had this visit in the roster being re-planned; changing it costs "changed nurse". */
    public void setPreviousNurseId(String previousNurseId) {
        this.previousNurseId = previousNurseId;
    }

    /**
     * The start this visit had in the roster being re-planned; moving it more than {@code tolerance} (in the caller's
     * time unit: what a client does not notice) away from it costs "moved start".
     */
    public void setPreviousStart(Long previousStart, long tolerance) {
        if (tolerance < 0) {
            throw new IllegalArgumentException("Negative start tolerance for visit " + id);
        }
        this.previousStart = previousStart;
        this.previousStartTolerance = tolerance;
    }

    /**
     * The client's wished time of day for this visit's start (either bound may be null: open); starting outside it
     * costs "Time-of-day wish", per time unit outside. A "not before" inside the window is where the nurse waits
     * (see {@link #getEffectiveEarliestStart()}); a "not after" is met only by the route's order.
     */
    public void setWishedStart(Long notBefore, Long notAfter) {
        if (notBefore != null && notAfter != null && notBefore > notAfter) {
            throw new IllegalArgumentException("Wished start ends before it begins for visit " + id);
        }
        this.wishedNotBefore = notBefore;
        this.wishedNotAfter = notAfter;
    }

    public Long getWishedNotBefore() {
        return wishedNotBefore;
    }

    public Long getWishedNotAfter() {
        return wishedNotAfter;
    }

    public boolean hasTimeWish() {
        return wishedNotBefore != null || wishedNotAfter != null;
    }

    /** How far the start lies outside the client's wished time of day (0 when inside, unwished or not timed). */
    public long getStartOutsideWish() {
        if (startTime == null) {
            return 0;
        }
        if (wishedNotBefore != null && startTime < wishedNotBefore) {
            return wishedNotBefore - startTime;
        }
        if (wishedNotAfter != null && startTime > wishedNotAfter) {
            return startTime - wishedNotAfter;
        }
        return 0;
    }

    /** Planned in the roster being re-planned (by a nurse), so leaving it undone now costs "newly unassigned". */
    public boolean wasPlannedBefore() {
        return previousNurseId != null;
    }

    /**
     * In a re-plan: done by another nurse than the accepted roster's. The two parts of a double-handed visit are
     * alike (one client, one moment, one task for two), so a part counts as unchanged when its nurse did either part
     * before: the two nurses trading parts changes nothing for the client or for them.
     */
    public boolean isNurseChanged() {
        if (previousNurseId == null || !isAssigned()) {
            return false;
        }
        String nurse = getNurse().getId();
        return !previousNurseId.equals(nurse)
                && !(linkType == LinkType.DOUBLE_HANDED && nurse.equals(partner.previousNurseId));
    }

    /** How much further the start lies from the accepted start than the tolerance (0 when either is unknown). */
    public long getStartMovedBeyondTolerance() {
        return previousStart == null || startTime == null ? 0
                : Math.max(0, Math.abs(startTime - previousStart) - previousStartTolerance);
    }

    // ************************************************************************
    // Derived values used by timing and constraints
    // ************************************************************************

    /** On a real nurse's shift (not unassigned, not yet placed by the construction heuristic). */
    public boolean isAssigned() {
        return shift != null && !shift.isUnassignedBucket();
    }

    public boolean isUnassigned() {
        return shift != null && shift.isUnassignedBucket();
    }

    /** The nurse doing this visit, or null when it is not {@link #isAssigned() assigned}. */
    public PlanningNurse getNurse() {
        return isAssigned() ? shift.getNurse() : null;
    }

    /**
     * Where the nurse may start: a pinned start, else the window's opening or, when the client wished it later and the
     * window allows it, her wished "not before" (the nurse waits for it as for a window's opening; waiting is idle
     * time). A "not before" beyond the window cannot be met and counts as an unmet wish instead.
     */
    public long getEffectiveEarliestStart() {
        if (pinnedStart != null) {
            return pinnedStart;
        }
        return wishedNotBefore != null && wishedNotBefore > earliestStart && wishedNotBefore <= latestStart
                ? wishedNotBefore : earliestStart;
    }

    public long getEffectiveLatestStart() {
        return pinnedStart != null ? pinnedStart : latestStart;
    }

    /**
     * Whether no route can hold both visits: the idle time between their start windows (the earlier one done as late
     * as allowed, the later one as early as allowed) exceeds the longest shift. Different days of a team week, say;
     * never in a benchmark whose single shift spans the whole horizon.
     */
    public boolean isTimeApartFrom(PlanningVisit other) {
        long gap = Math.max(other.getEffectiveEarliestStart() - getEffectiveLatestStart() - duration,
                getEffectiveEarliestStart() - other.getEffectiveLatestStart() - other.duration);
        return gap > Math.min(longestShift, other.longestShift);
    }

    void setLongestShift(long longestShift) {
        this.longestShift = longestShift;
    }

    public long getLateness() {
        return startTime == null ? 0 : Math.max(0, startTime - getEffectiveLatestStart());
    }

    public long getTravelTimeFromPrevious() {
        Location from = previous == null ? shift.getNurse().getStartLocation() : previous.location;
        return shift.getNurse().travelTime(from, location);
    }

    /** Travel back to the start location, counted on the last visit of a shift only. */
    public long getTravelTimeHome() {
        return next != null ? 0 : shift.getNurse().travelTime(location, shift.getNurse().getStartLocation());
    }

    /** Waiting between visits; waiting before the first one is not work because the nurse leaves later. */
    public long getIdleTimeBefore() {
        return previous == null ? 0 : startTime - arrivalTime;
    }

    public long getMissingSkillCount() {
        // a plain loop: this runs for every re-timed visit on every move, where a stream was 6% of solving time
        if (requiredSkills.isEmpty()) {
            return 0;
        }
        Set<String> nurseSkills = shift.getNurse().getSkills();
        long missing = 0;
        for (String skill : requiredSkills) {
            if (!nurseSkills.contains(skill)) {
                missing++;
            }
        }
        return missing;
    }

    public boolean isPinned() {
        return pinned;
    }

    public Long getPinnedStart() {
        return pinnedStart;
    }

    public String getId() {
        return id;
    }

    public PlanningClient getClient() {
        return client;
    }

    public Location getLocation() {
        return location;
    }

    public long getEarliestStart() {
        return earliestStart;
    }

    public long getLatestStart() {
        return latestStart;
    }

    public long getDuration() {
        return duration;
    }

    public int getMinLevel() {
        return minLevel;
    }

    public Set<String> getRequiredSkills() {
        return requiredSkills;
    }

    public int getPriority() {
        return priority;
    }

    public long getDemand() {
        return demand;
    }

    public PlanningVisit getPartner() {
        return partner;
    }

    public LinkType getLinkType() {
        return linkType;
    }

    /** The first-named visit of a link: constraints on pairs match on the lead only, so each pair counts once. */
    public boolean isLinkLead() {
        return linkLead;
    }

    public long getMinGap() {
        return minGap;
    }

    public long getMaxGap() {
        return maxGap;
    }

    public String getPreviousNurseId() {
        return previousNurseId;
    }

    public Long getPreviousStart() {
        return previousStart;
    }

    public NurseShift getShift() {
        return shift;
    }

    public PlanningVisit getPrevious() {
        return previous;
    }

    public PlanningVisit getNext() {
        return next;
    }

    public Long getArrivalTime() {
        return arrivalTime;
    }

    public Long getStartTime() {
        return startTime;
    }

    public Long getEndTime() {
        return endTime;
    }

    void setRoute(NurseShift shift, PlanningVisit previous, PlanningVisit next) {
        this.shift = shift;
        this.previous = previous;
        this.next = next;
    }

    /** Written by {@link RouteTimetable} only, through the score director while solving. */
    void setTimes(Long arrivalTime, Long startTime, Long endTime) {
        this.arrivalTime = arrivalTime;
        this.startTime = startTime;
        this.endTime = endTime;
    }

    @Override
    public String toString() {
        return id;
    }
}
