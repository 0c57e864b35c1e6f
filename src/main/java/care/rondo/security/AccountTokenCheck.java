package care.rondo.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.jwt.JsonWebToken;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A built-in account's token is good only while the account is as it was when the token was issued: active,
 * and at the same version (role, team, nurse and password changes all raise it). Checked on every request with
 * one primary-key read, so a deactivation or a new password locks earlier tokens out at once.
 *
 * <p>Tokens of an external OpenID Connect provider carry no {@value TokenIssuer#ACCOUNT_STAMP_CLAIM} claim and
 * name no built-in account; they are accepted only where built-in sign-in is off (no {@code JWT_SIGN_KEY}), so
 * on an installation that signs its own tokens every token must name a live account.
 */
@ApplicationScoped
public class AccountTokenCheck implements SecurityIdentityAugmentor {

    @Inject
    DataSource dataSource;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        Object stamp = token.getClaim(TokenIssuer.ACCOUNT_STAMP_CLAIM);
        if (stamp == null) {
            if (KeyConfiguration.from(ConfigProvider.getConfig()).builtInSignIn()) {
                return Uni.createFrom().failure(new AuthenticationFailedException("Token names no account"));
            }
            return Uni.createFrom().item(identity); // an external provider's token
        }
        return context.runBlocking(() -> {
            if (!namesLiveAccount(token.getSubject(), stamp.toString())) {
                throw new AuthenticationFailedException("The token's account changed or is inactive");
            }
            return identity;
        });
    }

    private boolean namesLiveAccount(String subject, String stamp) {
        long accountId;
        long version;
        try {
            accountId = Long.parseLong(subject);
            version = Long.parseLong(stamp.replace("\"", ""));
        } catch (NumberFormatException | NullPointerException e) {
            return false;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT version FROM account WHERE id = ? AND active")) {
            query.setLong(1, accountId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() && row.getLong(1) == version;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not check the token's account", e);
        }
    }
}
