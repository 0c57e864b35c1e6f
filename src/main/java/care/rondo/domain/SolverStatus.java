package care.rondo.domain;

/** Whether a solver is working on a roster right now (stored, so every instance can answer). */
public enum SolverStatus {
    NOT_SOLVING, SCHEDULED, SOLVING;

    /** From the request until the solve has ended: queued for a solver thread or running on one. */
    public boolean isActive() {
        return this != NOT_SOLVING;
    }
}
