package care.rondo.service.roster.analysis;

import care.rondo.planning.RosterConstraintWeights;

/**
 * Turns one constraint match into a sentence a nurse understands. Amounts of time-based constraints are
 * seconds in the solver and minutes or hours here.
 */
final class ReasonPhrases {

    private ReasonPhrases() {
    }

    static String sentence(String constraint, long amount, String nurse, String client) {
        return switch (constraint) {
            case RosterConstraintWeights.LEVEL_TOO_LOW ->
                    "needs " + amount + " qualification level(s) more than " + nurse + " has";
            case RosterConstraintWeights.MISSING_SKILL -> "needs " + amount + " skill(s) " + nurse + " does not have";
            case RosterConstraintWeights.REFUSED_NURSE -> client + " has asked not to be visited by " + nurse;
            case RosterConstraintWeights.LATE_START, RosterConstraintWeights.LATE_START_SOFT ->
                    "starts " + minutes(amount) + " after its time window closes";
            case RosterConstraintWeights.MAX_LATENESS_SOFT -> "the latest start of the plan is " + minutes(amount) + " late";
            case RosterConstraintWeights.SHIFT_END_EXCEEDED ->
                    nurse + " gets home " + minutes(amount) + " after her shift ends";
            case RosterConstraintWeights.DOUBLE_HANDED_APART ->
                    "the two nurses of this double-handed visit start " + minutes(amount) + " apart";
            case RosterConstraintWeights.DOUBLE_HANDED_ONE_NURSE ->
                    "both parts of this double-handed visit are with the same nurse";
            case RosterConstraintWeights.SEQUENCE_GAP ->
                    "the follow-up visit misses its agreed gap by " + minutes(amount);
            case RosterConstraintWeights.MAX_WORK_PER_DAY -> nurse + " works " + minutes(amount) + " more than allowed that day";
            case RosterConstraintWeights.REST_BETWEEN_DAYS -> nurse + " rests " + minutes(amount) + " less than 11 hours between days";
            case RosterConstraintWeights.CONTRACT_MAXIMUM -> nurse + " works " + minutes(amount) + " over her contract this week";
            case RosterConstraintWeights.SHIFT_CAPACITY -> "the route carries " + amount + " more than it may";
            case RosterConstraintWeights.UNASSIGNED_VISIT -> "nobody does this visit yet";
            case RosterConstraintWeights.NEWLY_UNASSIGNED -> "the accepted roster planned this visit and nobody does it now";
            case RosterConstraintWeights.DISTINCT_NURSES_PER_CLIENT -> client + " sees " + amount + " more nurse(s) this week than the team aims for";
            case RosterConstraintWeights.NURSE_NEW_TO_CLIENT -> nurse + " did not visit " + client + " last week";
            case RosterConstraintWeights.PREFERRED_NURSE_NOT_USED -> client + " prefers another nurse";
            case RosterConstraintWeights.TIME_WISH ->
                    "starts " + minutes(amount) + " outside the time of day " + client + " wished";
            case RosterConstraintWeights.LIKED_NURSE_NOT_USED -> client + " would like one of the nurses she named";
            case RosterConstraintWeights.AVOIDED_NURSE -> client + " would rather not see " + nurse;
            case RosterConstraintWeights.CONTINUITY_WISH -> "continuity matters to " + client + ": she sees more "
                    + "nurses this week than she hoped (" + amount + " weighted)";
            case RosterConstraintWeights.TRAVEL_TIME -> minutes(amount) + " travel to get there";
            case RosterConstraintWeights.UNDER_CONTRACT_MINIMUM -> nurse + " works " + minutes(amount) + " less than her contract minimum";
            case RosterConstraintWeights.WORKLOAD_FAIRNESS -> "the team's hours are not shared by contract size: "
                    + nurse + " is furthest from her share, " + minutes(Math.abs(amount))
                    + (amount > 0 ? " over" : " under");
            case RosterConstraintWeights.IDLE_TIME -> nurse + " waits " + minutes(amount) + " before this visit";
            case RosterConstraintWeights.CHANGED_NURSE -> "moved from the nurse of the accepted roster";
            case RosterConstraintWeights.MOVED_START -> "starts " + minutes(amount)
                    + " further from its accepted time than the five minutes nobody notices";
            default -> constraint + " (" + amount + ")";
        };
    }

    static String minutes(long seconds) {
        long minutes = Math.round(seconds / 60.0);
        return minutes >= 120 ? String.format("%.1f h", seconds / 3600.0) : minutes + " min";
    }
}
