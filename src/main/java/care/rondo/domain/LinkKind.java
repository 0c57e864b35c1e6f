package care.rondo.domain;

/** How two visits of one client belong together. */
public enum LinkKind {
    /** two nurses start the visit at the same moment (e.g. a hoist transfer) */
    DOUBLE_HANDED("double-handed"),
    /** the second visit starts a bounded gap after the first one starts */
    FOLLOW_UP("in sequence");

    private final String label;

    LinkKind(String label) {
        this.label = label;
    }

    /** The words the board shows before the partner's nurse: "double-handed with Anna". */
    public String label() {
        return label;
    }
}
