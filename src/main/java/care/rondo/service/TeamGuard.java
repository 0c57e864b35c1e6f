package care.rondo.service;

import care.rondo.security.TeamAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;

/**
 * Applies {@link TeamAccess} for the services: a team the caller may not read does not exist for her (404);
 * a team she may read but not plan answers 403.
 */
@RequestScoped
public class TeamGuard {

    @Inject
    TeamAccess access;

    public void requireRead(long teamId) {
        if (!access.mayRead(teamId)) {
            throw new NotFoundException("Team", teamId);
        }
    }

    public void requirePlan(long teamId) {
        requireRead(teamId);
        if (!access.mayPlan(teamId)) {
            throw new ForbiddenException("Only members of this team may change its plans");
        }
    }

    public boolean maySeeClientNotes(long teamId) {
        return access.maySeeClientNotes(teamId);
    }
}
