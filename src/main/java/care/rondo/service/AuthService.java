package care.rondo.service;

import care.rondo.domain.Account;
import care.rondo.security.SignInThrottle;
import care.rondo.security.TokenIssuer;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.security.UnauthorizedException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** Exchanges a built-in account's username and password for a bearer token. */
@ApplicationScoped
public class AuthService {

    private static final Logger LOG = Logger.getLogger(AuthService.class);
    // Compared against when the username is unknown, so both failures take the same time.
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("not-a-password");

    @Inject
    TokenIssuer issuer;

    @Inject
    SignInThrottle throttle;

    @Inject
    MeterRegistry meters;

    /** {@code rondo_signin_failures_total{reason}}: wrong or unknown credentials, or refused while throttled. */
    private void failed(String reason) {
        Counter.builder("rondo.signin.failures").description("Sign-ins refused, by reason").tag("reason", reason)
                .register(meters).increment();
    }

    public record Login(TokenIssuer.IssuedToken token, Account account) {
    }

    /** Signs in, or throws: 401 for any wrong username or password alike, 429 once too many failed. */
    public Login login(String username, String password, String clientAddress) {
        try {
            throttle.check(username, clientAddress);
        } catch (RuntimeException throttled) {
            failed("throttled");
            throw throttled;
        }
        Account account = Account.findByUsername(username).orElse(null);
        boolean matches = BcryptUtil.matches(password, account == null ? DUMMY_HASH : account.passwordHash);
        if (account == null || !matches || !account.active) {
            throttle.failed(username, clientAddress);
            failed("credentials");
            LOG.info("Rejected a sign-in attempt");
            throw new UnauthorizedException("Unknown username or wrong password");
        }
        throttle.succeeded(username);
        LOG.infof("Account %d signed in", account.id);
        return new Login(issuer.issue(account), account);
    }
}
