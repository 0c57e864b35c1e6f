package care.rondo.solver;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/**
 * A penalty on a nurse's workload: "nurse N works 3600 over her contract". {@code day} is the day index for
 * per-day rules and null for weekly ones; {@code shiftId} is set for per-shift rules.
 */
public record NurseJustification(String nurseId, Integer day, String shiftId, long amount)
        implements ConstraintJustification {
}
