package care.rondo.rest;

import care.rondo.service.TeamScope;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.HashMap;
import java.util.Map;

/**
 * Access before validation: runs once the resource method is matched but before its body is read or its
 * parameters are converted and validated, so another team's ids answer 404 even when the rest of the request is
 * malformed. Anonymous callers pass through to the method's own 401.
 */
public class TeamScopeFilter {

    @Inject
    SecurityIdentity identity;

    @Inject
    TeamScope scope;

    @ServerRequestFilter
    public void requireTeamScope(UriInfo uri) {
        if (!uri.getPathParameters().containsKey("teamId") || identity.isAnonymous()) {
            return;
        }
        Map<String, String> ids = new HashMap<>();
        uri.getPathParameters().forEach((name, values) -> ids.put(name, values.isEmpty() ? null : values.get(0)));
        scope.requireVisible(ids);
    }
}
