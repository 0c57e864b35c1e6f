package care.rondo.domain;

/** How much seeing the same few nurses matters to the client, in her words; weighs the "Continuity wish". */
public enum ContinuityImportance {
    /** The team's usual aim, nothing more. */
    USUAL(0),
    IMPORTANT(1),
    VERY_IMPORTANT(2);

    private final int factor;

    ContinuityImportance(int factor) {
        this.factor = factor;
    }

    /** Multiplies each extra nurse the client sees in the "Continuity wish" constraint. */
    public int factor() {
        return factor;
    }
}
