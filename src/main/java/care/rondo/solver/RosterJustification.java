package care.rondo.solver;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/**
 * What every constraint match of Rondo tells an explanation: whom it concerns (nurse and client, where it concerns
 * one) and how much (seconds, visits or nurses, in the constraint's own unit). Each match type adds its own details.
 */
public interface RosterJustification extends ConstraintJustification {

    /** The nurse the match is about, or null. */
    String nurseId();

    /** The client the match is about, or null. */
    String clientId();

    long amount();
}
