package care.rondo.planning;

/** How a visit depends on its partner visit. */
public enum LinkType {
    /** Two nurses, one moment: both parts start together (e.g. a hoist transfer). */
    DOUBLE_HANDED,
    /** A follow-up: the second part starts between min and max gap after the first part starts. */
    SEQUENCE
}
