package care.rondo.planning;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The identity of each of Rondo's constraints: a stable {@link #key()} that storage and the API use (team weights are
 * stored under it), the {@link #label()} a person reads (also the constraint's name in OptaPlanner, so renaming it
 * changes no stored data), and its {@link #level()}. Declared hard first, then medium, then soft: that order is the
 * one the weights page and explanations show.
 */
public enum RosterConstraint {
    LEVEL_TOO_LOW("level-too-low", RosterConstraintWeights.LEVEL_TOO_LOW, ScoreLevel.HARD),
    MISSING_SKILL("missing-skill", RosterConstraintWeights.MISSING_SKILL, ScoreLevel.HARD),
    REFUSED_NURSE("refused-nurse", RosterConstraintWeights.REFUSED_NURSE, ScoreLevel.HARD),
    LATE_START("late-start", RosterConstraintWeights.LATE_START, ScoreLevel.HARD),
    SHIFT_END_EXCEEDED("shift-end-exceeded", RosterConstraintWeights.SHIFT_END_EXCEEDED, ScoreLevel.HARD),
    DOUBLE_HANDED_APART("double-handed-apart", RosterConstraintWeights.DOUBLE_HANDED_APART, ScoreLevel.HARD),
    DOUBLE_HANDED_ONE_NURSE("double-handed-one-nurse", RosterConstraintWeights.DOUBLE_HANDED_ONE_NURSE,
            ScoreLevel.HARD),
    SEQUENCE_GAP("sequence-gap", RosterConstraintWeights.SEQUENCE_GAP, ScoreLevel.HARD),
    MAX_WORK_PER_DAY("max-work-per-day", RosterConstraintWeights.MAX_WORK_PER_DAY, ScoreLevel.HARD),
    REST_BETWEEN_DAYS("rest-between-days", RosterConstraintWeights.REST_BETWEEN_DAYS, ScoreLevel.HARD),
    CONTRACT_MAXIMUM("contract-maximum", RosterConstraintWeights.CONTRACT_MAXIMUM, ScoreLevel.HARD),
    SHIFT_CAPACITY("shift-capacity", RosterConstraintWeights.SHIFT_CAPACITY, ScoreLevel.HARD),
    UNASSIGNED_VISIT("unassigned-visit", RosterConstraintWeights.UNASSIGNED_VISIT, ScoreLevel.MEDIUM),
    NEWLY_UNASSIGNED("newly-unassigned", RosterConstraintWeights.NEWLY_UNASSIGNED, ScoreLevel.MEDIUM),
    DISTINCT_NURSES_PER_CLIENT("distinct-nurses-per-client", RosterConstraintWeights.DISTINCT_NURSES_PER_CLIENT,
            ScoreLevel.SOFT),
    NURSE_NEW_TO_CLIENT("nurse-new-to-client", RosterConstraintWeights.NURSE_NEW_TO_CLIENT, ScoreLevel.SOFT),
    PREFERRED_NURSE_NOT_USED("preferred-nurse-not-used", RosterConstraintWeights.PREFERRED_NURSE_NOT_USED,
            ScoreLevel.SOFT),
    TIME_WISH("time-of-day-wish", RosterConstraintWeights.TIME_WISH, ScoreLevel.SOFT),
    LIKED_NURSE_NOT_USED("liked-nurse-not-used", RosterConstraintWeights.LIKED_NURSE_NOT_USED, ScoreLevel.SOFT),
    AVOIDED_NURSE("avoided-nurse", RosterConstraintWeights.AVOIDED_NURSE, ScoreLevel.SOFT),
    CONTINUITY_WISH("continuity-wish", RosterConstraintWeights.CONTINUITY_WISH, ScoreLevel.SOFT),
    TRAVEL_TIME("travel-time", RosterConstraintWeights.TRAVEL_TIME, ScoreLevel.SOFT),
    UNDER_CONTRACT_MINIMUM("under-contract-minimum", RosterConstraintWeights.UNDER_CONTRACT_MINIMUM, ScoreLevel.SOFT),
    WORKLOAD_FAIRNESS("workload-fairness", RosterConstraintWeights.WORKLOAD_FAIRNESS, ScoreLevel.SOFT),
    IDLE_TIME("idle-time", RosterConstraintWeights.IDLE_TIME, ScoreLevel.SOFT),
    CHANGED_NURSE("changed-nurse", RosterConstraintWeights.CHANGED_NURSE, ScoreLevel.SOFT),
    MOVED_START("moved-start", RosterConstraintWeights.MOVED_START, ScoreLevel.SOFT),
    LATE_START_SOFT("late-start-soft", RosterConstraintWeights.LATE_START_SOFT, ScoreLevel.SOFT),
    MAX_LATENESS_SOFT("max-lateness-soft", RosterConstraintWeights.MAX_LATENESS_SOFT, ScoreLevel.SOFT);

    private static final Map<String, RosterConstraint> BY_KEY = index(RosterConstraint::key);
    private static final Map<String, RosterConstraint> BY_LABEL = index(RosterConstraint::label);

    private final String key;
    private final String label;
    private final ScoreLevel level;

    RosterConstraint(String key, String label, ScoreLevel level) {
        this.key = key;
        this.label = label;
        this.level = level;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public ScoreLevel level() {
        return level;
    }

    /** Hard and medium rules are the trade's and fixed; soft ones are the team's to weigh. */
    public boolean teamWeighted() {
        return level == ScoreLevel.SOFT;
    }

    public static Optional<RosterConstraint> byKey(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    /** By the name OptaPlanner reports in score analyses. */
    public static RosterConstraint byLabel(String label) {
        RosterConstraint constraint = BY_LABEL.get(label);
        if (constraint == null) {
            throw new IllegalArgumentException("Unknown constraint: " + label);
        }
        return constraint;
    }

    private static Map<String, RosterConstraint> index(Function<RosterConstraint, String> by) {
        return Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(by, c -> c));
    }
}
