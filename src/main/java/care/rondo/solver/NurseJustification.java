package care.rondo.solver;

/**
 * A penalty on a nurse's workload: "nurse N works 3600 over her contract". {@code day} is the day index for
 * per-day rules and null for weekly ones; {@code shiftId} is set for per-shift rules.
 */
public record NurseJustification(String nurseId, Integer day, String shiftId, long amount)
        implements RosterJustification {
    /** A nurse's own match (her day, her week) concerns no client. */
    @Override
    public String clientId() {
        return null;
    }
}
