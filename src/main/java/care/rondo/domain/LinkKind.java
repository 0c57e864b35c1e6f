package care.rondo.domain;

/** How two visits of one client belong together. */
public enum LinkKind {
    /** two nurses start the visit at the same moment (e.g. a hoist transfer) */
    DOUBLE_HANDED,
    /** the second visit starts a bounded gap after the first one starts */
    FOLLOW_UP
}
