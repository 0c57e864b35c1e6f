package care.rondo.service;

import care.rondo.domain.RosterEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * A team's events in the order they happened, for polling: the event id only grows, so "everything after the
 * last id I saw" never misses or repeats an event.
 */
@ApplicationScoped
public class EventFeedService {

    public static final int MAX_LIMIT = 200;

    @Inject
    TeamGuard guard;

    public List<RosterEvent> after(long teamId, long afterId, int limit) {
        guard.readable(teamId);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return RosterEvent.<RosterEvent>find("teamId = ?1 and id > ?2 order by id", teamId, afterId).page(0, limit)
                .list();
    }
}
