package care.rondo.planning;

import java.lang.reflect.Field;
import java.util.EnumMap;
import java.util.Map;

import org.optaplanner.core.api.domain.constraintweight.ConstraintConfiguration;
import org.optaplanner.core.api.domain.constraintweight.ConstraintWeight;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * One weight per constraint, tunable per team. It lives in {@code planning} (not {@code solver}) because the
 * {@link VisitRoster} solution must hold it and {@code planning} depends on nothing internal; the constraint
 * names (OptaPlanner's, which are the {@linkplain RosterConstraint#label() labels}) are therefore defined here and
 * used by the constraint provider. Everything else names a constraint by its {@link RosterConstraint}.
 * <p>
 * Penalties are in the caller's time unit where they measure time, so soft defaults of 1 mean "one unit of travel
 * is worth one unit of idle time". The count-based continuity weights default to the {@linkplain #teamDefaults()
 * team defaults}, expressed in seconds of travel (the service's unit). A zero weight switches a constraint off: that
 * is how benchmarks trade the hard start window for soft tardiness.
 */
@ConstraintConfiguration
public class RosterConstraintWeights {

    public static final String LEVEL_TOO_LOW = "Level too low";
    public static final String MISSING_SKILL = "Missing skill";
    public static final String REFUSED_NURSE = "Refused nurse";
    public static final String LATE_START = "Late start";
    public static final String SHIFT_END_EXCEEDED = "Shift end exceeded";
    public static final String DOUBLE_HANDED_APART = "Double-handed not together";
    public static final String DOUBLE_HANDED_ONE_NURSE = "Double-handed without two nurses";
    public static final String SEQUENCE_GAP = "Sequence gap";
    public static final String MAX_WORK_PER_DAY = "Max work per day";
    public static final String REST_BETWEEN_DAYS = "Rest between days";
    public static final String CONTRACT_MAXIMUM = "Contract maximum";
    public static final String SHIFT_CAPACITY = "Shift capacity";
    public static final String UNASSIGNED_VISIT = "Unassigned visit";
    public static final String NEWLY_UNASSIGNED = "Newly unassigned";
    public static final String DISTINCT_NURSES_PER_CLIENT = "Distinct nurses per client";
    public static final String NURSE_NEW_TO_CLIENT = "Nurse new to client";
    public static final String PREFERRED_NURSE_NOT_USED = "Preferred nurse not used";
    public static final String TIME_WISH = "Time-of-day wish";
    public static final String LIKED_NURSE_NOT_USED = "Liked nurse not used";
    public static final String AVOIDED_NURSE = "Nurse she would rather not see";
    public static final String CONTINUITY_WISH = "Continuity wish";
    public static final String TRAVEL_TIME = "Travel time";
    public static final String UNDER_CONTRACT_MINIMUM = "Under contract minimum";
    public static final String WORKLOAD_FAIRNESS = "Workload fairness";
    public static final String IDLE_TIME = "Idle time";
    public static final String CHANGED_NURSE = "Changed nurse";
    public static final String MOVED_START = "Moved start";
    public static final String LATE_START_SOFT = "Late start (soft)";
    public static final String MAX_LATENESS_SOFT = "Max lateness (soft)";

    private static final HardMediumSoftLongScore HARD = HardMediumSoftLongScore.ofHard(1);
    private static final HardMediumSoftLongScore SOFT = HardMediumSoftLongScore.ofSoft(1);
    /** One more nurse for a client in the week weighs like an hour and a half of travel: continuity first. */
    private static final long EXTRA_NURSE_SECONDS = 5400;
    /** A nurse the client did not see last week: a quarter of an hour of travel. */
    private static final long NEW_NURSE_SECONDS = 900;
    /** Per visit of a client with preferred nurses done by someone else: ten minutes of travel. */
    private static final long NOT_PREFERRED_SECONDS = 600;
    /** Per second a visit starts outside the client's wished time of day: twice a second of travel. */
    private static final long TIME_WISH_PER_SECOND = 2;
    /** Per visit of a client with liked nurses done by someone else: ten minutes of travel. */
    private static final long NOT_LIKED_SECONDS = 600;
    /** Per visit by a nurse the client would rather not see: an hour of travel. */
    private static final long AVOIDED_SECONDS = 3600;
    /** Per extra nurse, times how much continuity matters to her (1 or 2): 45 minutes of travel. */
    private static final long CONTINUITY_WISH_SECONDS = 2700;
    /**
     * Per visit a re-plan gives to another nurse than the accepted roster: three hours of travel, more than a client
     * gains from one nurse fewer in her week (5400 + 900), so a re-plan changes nurses where the absence forces it
     * and not to finish improving a week the team already accepted. At half an hour the re-plan of team M handed
     * 2.5% of the other nurses' visits to someone else; at an hour 0.9% there, but 1.3-3.4% of the demo team's on
     * the running service, where a change bought a little travel, fairness or continuity; at three hours 0.3-2.6%
     * there, with as many visits left undone (README, benchmarks).
     */
    private static final long CHANGED_NURSE_SECONDS = 10800;
    /** Per second a re-planned start lies beyond the tolerance from the accepted start: twice a second of travel. */
    private static final long MOVED_START_PER_SECOND = 2;

    @ConstraintWeight(LEVEL_TOO_LOW)
    HardMediumSoftLongScore levelTooLow = HARD;
    @ConstraintWeight(MISSING_SKILL)
    HardMediumSoftLongScore missingSkill = HARD;
    @ConstraintWeight(REFUSED_NURSE)
    HardMediumSoftLongScore refusedNurse = HARD;
    @ConstraintWeight(LATE_START)
    HardMediumSoftLongScore lateStart = HARD;
    @ConstraintWeight(SHIFT_END_EXCEEDED)
    HardMediumSoftLongScore shiftEndExceeded = HARD;
    @ConstraintWeight(DOUBLE_HANDED_APART)
    HardMediumSoftLongScore doubleHandedApart = HARD;
    @ConstraintWeight(DOUBLE_HANDED_ONE_NURSE)
    HardMediumSoftLongScore doubleHandedOneNurse = HARD;
    @ConstraintWeight(SEQUENCE_GAP)
    HardMediumSoftLongScore sequenceGap = HARD;
    @ConstraintWeight(MAX_WORK_PER_DAY)
    HardMediumSoftLongScore maxWorkPerDay = HARD;
    @ConstraintWeight(REST_BETWEEN_DAYS)
    HardMediumSoftLongScore restBetweenDays = HARD;
    @ConstraintWeight(CONTRACT_MAXIMUM)
    HardMediumSoftLongScore contractMaximum = HARD;
    @ConstraintWeight(SHIFT_CAPACITY)
    HardMediumSoftLongScore shiftCapacity = HARD;
    @ConstraintWeight(UNASSIGNED_VISIT)
    HardMediumSoftLongScore unassignedVisit = HardMediumSoftLongScore.ofMedium(1);
    /** On top of "Unassigned visit": dropping a visit the accepted roster planned costs twice a never-planned one. */
    @ConstraintWeight(NEWLY_UNASSIGNED)
    HardMediumSoftLongScore newlyUnassigned = HardMediumSoftLongScore.ofMedium(1);
    @ConstraintWeight(DISTINCT_NURSES_PER_CLIENT)
    HardMediumSoftLongScore distinctNursesPerClient = HardMediumSoftLongScore.ofSoft(EXTRA_NURSE_SECONDS);
    @ConstraintWeight(NURSE_NEW_TO_CLIENT)
    HardMediumSoftLongScore nurseNewToClient = HardMediumSoftLongScore.ofSoft(NEW_NURSE_SECONDS);
    @ConstraintWeight(PREFERRED_NURSE_NOT_USED)
    HardMediumSoftLongScore preferredNurseNotUsed = HardMediumSoftLongScore.ofSoft(NOT_PREFERRED_SECONDS);
    @ConstraintWeight(TIME_WISH)
    HardMediumSoftLongScore timeWish = HardMediumSoftLongScore.ofSoft(TIME_WISH_PER_SECOND);
    @ConstraintWeight(LIKED_NURSE_NOT_USED)
    HardMediumSoftLongScore likedNurseNotUsed = HardMediumSoftLongScore.ofSoft(NOT_LIKED_SECONDS);
    @ConstraintWeight(AVOIDED_NURSE)
    HardMediumSoftLongScore avoidedNurse = HardMediumSoftLongScore.ofSoft(AVOIDED_SECONDS);
    @ConstraintWeight(CONTINUITY_WISH)
    HardMediumSoftLongScore continuityWish = HardMediumSoftLongScore.ofSoft(CONTINUITY_WISH_SECONDS);
    @ConstraintWeight(TRAVEL_TIME)
    HardMediumSoftLongScore travelTime = SOFT;
    @ConstraintWeight(UNDER_CONTRACT_MINIMUM)
    HardMediumSoftLongScore underContractMinimum = SOFT;
    @ConstraintWeight(WORKLOAD_FAIRNESS)
    HardMediumSoftLongScore workloadFairness = SOFT;
    @ConstraintWeight(IDLE_TIME)
    HardMediumSoftLongScore idleTime = SOFT;
    @ConstraintWeight(CHANGED_NURSE)
    HardMediumSoftLongScore changedNurse = HardMediumSoftLongScore.ofSoft(CHANGED_NURSE_SECONDS);
    @ConstraintWeight(MOVED_START)
    HardMediumSoftLongScore movedStart = HardMediumSoftLongScore.ofSoft(MOVED_START_PER_SECOND);
    @ConstraintWeight(LATE_START_SOFT)
    HardMediumSoftLongScore lateStartSoft = HardMediumSoftLongScore.ZERO;
    @ConstraintWeight(MAX_LATENESS_SOFT)
    HardMediumSoftLongScore maxLatenessSoft = HardMediumSoftLongScore.ZERO;

    /**
     * The weights a team starts from (the same as {@code new RosterConstraintWeights()}), time in seconds: an extra
     * nurse per client 5400 (an hour and a half of travel), a nurse new to the client 900, a visit not by a preferred nurse
     * 600; the client's own wishes: a start outside her wished time of day 2 per second, a visit not by a nurse she
     * likes 600, by a nurse she would rather not see 3600, an extra nurse when continuity matters to her 2700 × how
     * much; a re-planned visit given to another nurse 10800, a re-planned start moved beyond the tolerance 2 per second;
     * every other soft weight 1 per second. The re-plan weights only ever match visits that carry an accepted nurse
     * and start ({@link PlanningVisit#setPreviousNurseId}, {@link PlanningVisit#setPreviousStart(Long, long)}), i.e. in re-plans.
     */
    public static RosterConstraintWeights teamDefaults() {
        return new RosterConstraintWeights();
    }

    /** The weight field of each constraint, found once by its {@link ConstraintWeight} name. */
    private static final Map<RosterConstraint, Field> FIELDS = fields();

    /** Sets one constraint's weight. */
    public RosterConstraintWeights withWeight(RosterConstraint constraint, HardMediumSoftLongScore weight) {
        try {
            FIELDS.get(constraint).set(this, weight);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    public HardMediumSoftLongScore weightOf(RosterConstraint constraint) {
        try {
            return (HardMediumSoftLongScore) FIELDS.get(constraint).get(this);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<RosterConstraint, Field> fields() {
        Map<RosterConstraint, Field> fields = new EnumMap<>(RosterConstraint.class);
        for (Field field : RosterConstraintWeights.class.getDeclaredFields()) {
            ConstraintWeight weight = field.getAnnotation(ConstraintWeight.class);
            if (weight != null) {
                fields.put(RosterConstraint.byLabel(weight.value()), field);
            }
        }
        if (fields.size() != RosterConstraint.values().length) {
            throw new IllegalStateException("A constraint without a weight field: " + fields.keySet());
        }
        return fields;
    }
}
