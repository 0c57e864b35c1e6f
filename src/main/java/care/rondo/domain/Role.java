package care.rondo.domain;

/** What an account may do: members plan inside their own team, coordinators read and export across teams. */
public enum Role {
    MEMBER, COORDINATOR, ADMIN;

    /** The name used as a JWT group and in {@code @RolesAllowed}. */
    public String group() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
