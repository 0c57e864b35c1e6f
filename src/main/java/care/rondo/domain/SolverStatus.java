package care.rondo.domain;

/** Whether a solver is working on a roster right now (stored, so every instance can answer). */
public enum SolverStatus {
    NOT_SOLVING, SCHEDULED, SOLVING
}
