package care.rondo.planning;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The three levels of Rondo's score, in the order they count: a hard rule first, then planning every visit (medium),
 * then the team's wishes (soft). Sorting by it puts hard first, whatever the names spell.
 */
public enum ScoreLevel {
    HARD, MEDIUM, SOFT;

    /** The level a weight or a penalty lives on; zero counts as soft (a switched-off soft weight). */
    public static ScoreLevel of(HardMediumSoftLongScore score) {
        return score.hardScore() != 0 ? HARD : score.mediumScore() != 0 ? MEDIUM : SOFT;
    }

    /** The size of a penalty on its own level, as a positive number. */
    public static long penalty(HardMediumSoftLongScore score) {
        return -(score.hardScore() + score.mediumScore() + score.softScore());
    }

    /** A weight's value on its own level. */
    public static long magnitude(HardMediumSoftLongScore weight) {
        return weight.hardScore() != 0 ? weight.hardScore()
                : weight.mediumScore() != 0 ? weight.mediumScore() : weight.softScore();
    }
}
