package care.rondo.planning;

/**
 * Working-time rules of one solve, in the caller's time unit (there is no sensible unit-free default, so
 * {@link #none()} disables them).
 *
 * @param maxWorkPerDay longest allowed working span per nurse per day, travel included
 * @param minRestBetweenDays shortest rest between the end of one day's work and the start of the next day's
 * @param fairnessUnit the deviation from the contract target that counts as 1 before squaring (3600 for hours in
 *                     seconds), so fairness weights stay readable whatever the time unit
 */
public record WorkRules(long maxWorkPerDay, long minRestBetweenDays, long fairnessUnit) {

    public WorkRules {
        if (fairnessUnit < 1) {
            throw new IllegalArgumentException("fairnessUnit must be >= 1");
        }
    }

    public static WorkRules none() {
        return new WorkRules(Long.MAX_VALUE, 0, 1);
    }
}
