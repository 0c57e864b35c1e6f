package care.rondo.domain;

/** How much seeing the same few nurses matters to the client, in her words; weighs the "Continuity wish". */
public enum ContinuityImportance {
    /** The team's usual aim, nothing more. */
    USUAL(0, "As usual", "Zoals gewoonlijk"),
    IMPORTANT(1, "Important", "Belangrijk"),
    VERY_IMPORTANT(2, "Very important", "Heel belangrijk");

    private final int factor;
    private final String label;
    private final String dutchLabel;

    ContinuityImportance(int factor, String label, String dutchLabel) {
        this.factor = factor;
        this.label = label;
        this.dutchLabel = dutchLabel;
    }

    /** Multiplies each extra nurse the client sees in the "Continuity wish" constraint. */
    public int factor() {
        return factor;
    }

    /** The words the team's page and the client's page in English show. */
    public String label() {
        return label;
    }

    /** The words the client's page shows in Dutch. */
    public String dutchLabel() {
        return dutchLabel;
    }
}
