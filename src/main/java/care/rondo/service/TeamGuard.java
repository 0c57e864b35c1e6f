package care.rondo.service;

import care.rondo.domain.Team;
import care.rondo.security.TeamAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

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
            throw new NotPermittedException("Only members of this team may change its plans");
        }
    }

    /** The team the caller may read; 404 when she may not, or when it does not exist. */
    public Team readable(long teamId) {
        requireRead(teamId);
        return Team.<Team>findByIdOptional(teamId).orElseThrow(() -> new NotFoundException("Team", teamId));
    }

    /** The team the caller may plan: 404 as in {@link #readable}, 403 when she may only read it. */
    public Team plannable(long teamId) {
        requirePlan(teamId);
        return readable(teamId);
    }

    public boolean maySeeClientNotes(long teamId) {
        return access.maySeeClientNotes(teamId);
    }

    /** What the caller may do with a team beyond reading it: plan it, read its clients' notes. */
    public record Rights(boolean plan, boolean clientNotes) {
    }

    public Rights rightsIn(long teamId) {
        return new Rights(access.mayPlan(teamId), access.maySeeClientNotes(teamId));
    }
}
