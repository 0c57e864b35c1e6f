package care.rondo.domain;

/** The review lifecycle of a roster: the solver proposes, the team reviews and accepts. */
public enum RosterStatus {
    DRAFT, PROPOSED, REVIEWED, ACCEPTED, SUPERSEDED
}
