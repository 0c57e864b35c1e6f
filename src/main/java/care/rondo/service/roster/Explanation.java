package care.rondo.service.roster;

import java.util.List;

/**
 * A plain-language account of why one visit or one nurse's week looks the way it does, from the score's
 * indictments: the sentences a nurse reads, and the constraint impacts behind them.
 */
public record Explanation(String subject, String summary, boolean breaksHardRules, List<String> reasons,
                          List<Impact> impacts) {

    public record Impact(String constraint, String level, long penalty, String sentence) {
    }
}
