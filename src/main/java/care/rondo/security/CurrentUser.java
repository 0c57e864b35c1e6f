package care.rondo.security;

import care.rondo.domain.Role;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;

/** Who is calling, read from the verified bearer token: role (a JWT group) and, for members, their team. */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @ConfigProperty(name = "rondo.auth.team-claim", defaultValue = "team")
    String teamClaim;

    public String username() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean has(Role role) {
        return identity.hasRole(role.group());
    }

    /** The member's own team; empty for coordinators and admins, who belong to no team. */
    public Optional<Long> teamId() {
        Object claim = token.getClaim(teamClaim);
        if (claim == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(claim.toString().replace("\"", "")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
