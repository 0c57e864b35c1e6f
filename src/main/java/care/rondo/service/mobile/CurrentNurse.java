package care.rondo.service.mobile;

import care.rondo.domain.Account;
import care.rondo.domain.Nurse;
import care.rondo.domain.Role;
import care.rondo.domain.Team;
import care.rondo.security.CurrentUser;
import care.rondo.service.NotFoundException;
import care.rondo.service.NotPermittedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Resolves the caller to her nurse. Only members have one: coordinators and admins get 403; a member whose
 * account is not linked to a nurse (or to one of another team) gets 404, as there is nothing to show her.
 */
@RequestScoped
public class CurrentNurse {

    @Inject
    CurrentUser user;

    public Me require() {
        if (!user.has(Role.MEMBER)) {
            throw new NotPermittedException("Only nurses (members of a team) have their own visits");
        }
        Account account = Account.findByUsername(user.username()).filter(a -> a.active)
                .orElseThrow(() -> new NotFoundException("Account", user.username()));
        Long teamId = user.teamId().orElseThrow(() -> new NotFoundException("Team", "of " + user.username()));
        Nurse nurse = account.nurseId == null ? null
                : Nurse.<Nurse>findInTeam(teamId, account.nurseId).filter(n -> !n.archived).orElse(null);
        if (nurse == null) {
            throw new NotFoundException("Nurse profile", "of " + account.username);
        }
        return new Me(account, nurse, Team.findById(teamId));
    }
}
