package care.rondo.domain;

/** Why a nurse is away; all kinds make her unavailable, the kind only tells the team why. */
public enum AbsenceKind {
    LEAVE("Leave"), SICKNESS("Sickness"), TRAINING("Training");

    private final String label;

    AbsenceKind(String label) {
        this.label = label;
    }

    /** The words the team's page shows. */
    public String label() {
        return label;
    }
}
