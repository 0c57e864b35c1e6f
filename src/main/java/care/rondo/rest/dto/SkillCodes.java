package care.rondo.rest.dto;

/** Skill codes are free lower-case identifiers ("wound_care", "insulin"), so teams can add their own. */
final class SkillCodes {
    static final String PATTERN = "[a-z][a-z0-9_]{1,39}";
    static final String MESSAGE = "must be a lower-case skill code such as wound_care";

    private SkillCodes() {
    }
}
