package care.rondo.security;

import care.rondo.domain.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The team isolation rules in one place. Members plan inside their own team only; coordinators and admins
 * read every team but plan none; only members read client notes.
 */
@RequestScoped
public class TeamAccess {

    @Inject
    CurrentUser user;

    public boolean mayRead(long teamId) {
        return isOwnTeam(teamId) || mayReadAllTeams();
    }

    public boolean mayPlan(long teamId) {
        return isOwnTeam(teamId);
    }

    public boolean maySeeClientNotes(long teamId) {
        return isOwnTeam(teamId);
    }

    public boolean mayReadAllTeams() {
        return user.has(Role.COORDINATOR) || user.has(Role.ADMIN);
    }

    /** A member's own team. */
    public java.util.Optional<Long> ownTeam() {
        return user.has(Role.MEMBER) ? user.teamId() : java.util.Optional.empty();
    }

    public boolean isAdmin() {
        return user.has(Role.ADMIN);
    }

    private boolean isOwnTeam(long teamId) {
        return user.has(Role.MEMBER) && user.teamId().map(own -> own == teamId).orElse(false);
    }
}
