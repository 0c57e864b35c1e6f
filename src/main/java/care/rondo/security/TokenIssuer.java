package care.rondo.security;

import care.rondo.domain.Account;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Set;

/**
 * Signs bearer tokens for built-in accounts: the same claims an external OpenID Connect provider would set,
 * plus {@value #ACCOUNT_STAMP_CLAIM}, the account's version when the token was issued, which
 * {@link AccountTokenCheck} compares with the stored account on every request.
 */
@ApplicationScoped
public class TokenIssuer {

    /** Only Rondo puts this claim in; it marks a token as one of a built-in account. */
    public static final String ACCOUNT_STAMP_CLAIM = "rondo_stamp";

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

    /** Where no private key is configured (tokens come from an OpenID Connect provider). */
    public static class SignInDisabledException extends RuntimeException {
        public SignInDisabledException() {
            super("Built-in sign-in is off on this installation: sign in through its OpenID Connect provider "
                    + "(JWT_SIGN_KEY is not set)");
        }
    }

    public IssuedToken issue(Account account) {
        if (!KeyConfiguration.from(ConfigProvider.getConfig()).builtInSignIn()) {
            throw new SignInDisabledException();
        }
        JwtClaimsBuilder claims = Jwt.issuer(issuer)
                .audience(audience)
                .upn(account.username)
                .subject(String.valueOf(account.id))
                .groups(Set.of(account.role.group()))
                .claim(ACCOUNT_STAMP_CLAIM, account.version)
                .expiresIn(lifetime);
        if (account.teamId != null) {
            claims.claim(teamClaim, account.teamId);
        }
        return new IssuedToken(claims.sign(), lifetime.toSeconds());
    }
}
