package care.rondo.domain;

/** Who last changed a client's wishes: her team, or the client (or her relative) through the client view's link. */
public enum WishesChangedBy {
    TEAM,
    CLIENT_LINK
}
