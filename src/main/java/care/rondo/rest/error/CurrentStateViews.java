package care.rondo.rest.error;

import care.rondo.domain.Account;
import care.rondo.domain.CarePlan;
import care.rondo.domain.Client;
import care.rondo.domain.Nurse;
import care.rondo.domain.Roster;
import care.rondo.domain.Team;
import care.rondo.domain.Visit;
import care.rondo.rest.dto.RosterView;
import care.rondo.rest.dto.AccountView;
import care.rondo.rest.dto.CarePlanView;
import care.rondo.rest.dto.ClientView;
import care.rondo.rest.dto.NurseView;
import care.rondo.rest.dto.TeamView;
import care.rondo.service.TeamGuard;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * A 409 on a stale version carries the current state so the client can merge and retry; services hand over
 * entities, and this turns them into the same response records the resources return.
 */
@RequestScoped
public class CurrentStateViews {

    @Inject
    TeamGuard guard;

    public Object toView(Object current) {
        if (current == null) {
            return null;
        }
        if (current instanceof Team team) {
            return TeamView.of(team, guard.rightsIn(team.id));
        }
        if (current instanceof Account account) {
            return AccountView.of(account);
        }
        if (current instanceof Roster roster) {
            return RosterView.of(roster, Visit.count("rosterId = ?1 and cancelled = false", roster.id),
                    Visit.count("rosterId = ?1 and cancelled = false and nurseId is not null", roster.id));
        }
        if (current instanceof Nurse nurse) {
            return NurseView.of(nurse);
        }
        if (current instanceof Client client) {
            return ClientView.of(client, guard.maySeeClientNotes(client.teamId));
        }
        if (current instanceof CarePlan plan) {
            return CarePlanView.of(plan);
        }
        if (current instanceof care.rondo.service.roster.problem.ConstraintWeightsService.TeamWeights weights) {
            return weights; // already the response record
        }
        if (current instanceof care.rondo.service.mobile.VisitCheckService.CheckInWindow window) {
            return window; // when check-in is open: already a response record
        }
        if (current instanceof care.rondo.domain.ClientWishes wishes) {
            return care.rondo.rest.dto.ClientWishesView.of(wishes); // the team's view (only members reach it)
        }
        if (current instanceof care.rondo.service.client.ClientViewWishesService.OwnWishes wishes) {
            return care.rondo.rest.dto.ClientViewWishesView.of(wishes); // her link's view, nothing more
        }
        // Never serialise an entity as such: it may hold fields the caller must not see.
        return null;
    }
}
