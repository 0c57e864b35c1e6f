package care.rondo.security;

import care.rondo.domain.Account;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Set;

/** Signs bearer tokens for built-in accounts; the same claims an external OpenID Connect provider would set. */
@ApplicationScoped
public class TokenIssuer {

    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @ConfigProperty(name = "mp.jwt.verify.audiences", defaultValue = "rondo")
    String audience;

    @ConfigProperty(name = "rondo.auth.token-lifetime", defaultValue = "PT12H")
    Duration lifetime;

    @ConfigProperty(name = "rondo.auth.team-claim", defaultValue = "team")
    String teamClaim;

    public record IssuedToken(String token, long expiresInSeconds) {
    }

    public IssuedToken issue(Account account) {
        JwtClaimsBuilder claims = Jwt.issuer(issuer)
                .audience(audience)
                .upn(account.username)
                .subject(String.valueOf(account.id))
                .groups(Set.of(account.role.group()))
                .expiresIn(lifetime);
        if (account.teamId != null) {
            claims.claim(teamClaim, account.teamId);
        }
        return new IssuedToken(claims.sign(), lifetime.toSeconds());
    }
}
