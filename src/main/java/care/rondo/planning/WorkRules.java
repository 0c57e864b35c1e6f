package care.rondo.planning;

/**
 * Working-time rules of one solve, in the caller's time unit (there is no sensible unit-free default, so
 * {@link #none()} disables them).
 *
 * @param maxWorkPerDay longest allowed working span per nurse per day, travel included
 * @param minRestBetweenDays shortest rest between the end of one day's work and the start of the next day's
 * @param fairnessUnit the deviation from a nurse's fair share of the team's work that counts as 1 before squaring (3600 for hours in
 *                     seconds), so fairness weights stay readable whatever the time unit
 */
public record WorkRules(long maxWorkPerDay, long minRestBetweenDays, long fairnessUnit) {

    public WorkRules {
        if (fairnessUnit < 1) {
            throw new IllegalArgumentException("fairnessUnit must be >= 1");
        }
    }

    /**
     * The working-time rules Rondo plans nurses with, in seconds: at most 10 hours of work a day (travel included)
     * and 11 hours of rest between two days, the Dutch Working Hours Act's daily rest (Arbeidstijdenwet art. 5:3);
     * fairness measured in hours.
     */
    public static final WorkRules NURSING_WEEK_IN_SECONDS = new WorkRules(10 * 3600L, 11 * 3600L, 3600L);

    public static WorkRules none() {
        return new WorkRules(Long.MAX_VALUE, 0, 1);
    }
}
