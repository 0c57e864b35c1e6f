package care.rondo.rest.error;

import care.rondo.domain.Account;
import care.rondo.domain.Roster;
import care.rondo.domain.Team;
import care.rondo.domain.Visit;
import care.rondo.rest.dto.RosterView;
import care.rondo.rest.dto.AccountView;
import care.rondo.rest.dto.TeamView;
import jakarta.enterprise.context.RequestScoped;

/**
 * A 409 on a stale version carries the current state so the client can merge and retry; services hand over
 * entities, and this turns them into the same response records the resources return.
 */
@RequestScoped
public class CurrentStateViews {

    public Object toView(Object current) {
        if (current == null) {
            return null;
        }
        if (current instanceof Team team) {
            return TeamView.of(team);
        }
        if (current instanceof Account account) {
            return AccountView.of(account);
        }
        if (current instanceof Roster roster) {
            return RosterView.of(roster, Visit.count("rosterId = ?1 and cancelled = false", roster.id),
                    Visit.count("rosterId = ?1 and cancelled = false and nurseId is not null", roster.id));
        }
        // Never serialise an entity as such: it may hold fields the caller must not see.
        return null;
    }
}
