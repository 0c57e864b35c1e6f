package care.rondo.domain;

import java.util.List;

/** The review lifecycle of a roster: the solver proposes, the team reviews and accepts. */
public enum RosterStatus {
    DRAFT, PROPOSED, REVIEWED, ACCEPTED, SUPERSEDED;

    /** The statuses of a published week: nurses work from it, nothing changes it but a re-plan. */
    public static final List<RosterStatus> PUBLISHED = List.of(ACCEPTED, SUPERSEDED);

    public boolean isPublished() {
        return PUBLISHED.contains(this);
    }

    /** The accepted version the nurses work from now: the one a re-plan starts from (superseded ones are history). */
    public boolean isInForce() {
        return this == ACCEPTED;
    }

    /** The team can still override, solve and accept it. */
    public boolean isEditable() {
        return !isPublished();
    }
}
