package care.rondo.domain;

/** Why a nurse is away; all kinds make her unavailable, the kind only tells the team why. */
public enum AbsenceKind {
    LEAVE, SICKNESS, TRAINING
}
