package care.rondo.service.roster.analysis;

import care.rondo.planning.ScoreLevel;

import java.util.List;

/**
 * A plain-language account of why one visit or one nurse's week looks the way it does, from the score's
 * indictments: the sentences a nurse reads, and the constraint impacts behind them.
 */
public record Explanation(String subject, String summary, boolean breaksHardRules, List<String> reasons,
                          List<Impact> impacts) {

    /**
     * One constraint match: {@code key} identifies the constraint, {@code constraint} is its label; {@code hard}
     * says it breaks a hard rule, so the page marks it without a copy of the levels.
     */
    public record Impact(String key, String constraint, ScoreLevel level, boolean hard, long penalty,
                         String sentence) {

        public Impact(String key, String constraint, ScoreLevel level, long penalty, String sentence) {
            this(key, constraint, level, level == ScoreLevel.HARD, penalty, sentence);
        }
    }
}
