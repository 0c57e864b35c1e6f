package care.rondo.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Optional;

/**
 * Which token keys this instance has, and the start-up rule: no instance runs without a key to verify tokens
 * with. Nothing is bundled, so a configured database without configured keys stops the start with a message
 * naming the variables; the embedded default got its own pair from {@link LocalKeys} before Quarkus started.
 */
@ApplicationScoped
public class KeyConfiguration {

    public static final String SIGN_KEY_PROPERTY = "smallrye.jwt.sign.key.location";
    public static final String VERIFY_KEY_PROPERTY = "mp.jwt.verify.publickey.location";
    // inline keys: what Quarkus's dev mode sets when it generates a pair of its own
    static final String INLINE_VERIFY_KEY_PROPERTY = "mp.jwt.verify.publickey";
    static final String INLINE_SIGN_KEY_PROPERTY = "smallrye.jwt.sign.key";

    public record Keys(boolean signKey, boolean verifyKey) {

        public boolean anyKeyConfigured() {
            return signKey || verifyKey;
        }

        /** Built-in accounts sign in only where this instance holds the private key. */
        public boolean builtInSignIn() {
            return signKey;
        }

        /** Throws with the variables to set when tokens could not be verified. */
        public void requireUsable() {
            if (!verifyKey) {
                throw new IllegalStateException("No key to verify bearer tokens with. Set JWT_SIGN_KEY and "
                        + "JWT_VERIFY_KEY to your own PEM key pair (private key, public key), or JWT_VERIFY_KEY "
                        + "alone to an OpenID Connect provider's JWKS URL. Several instances on one database must "
                        + "use the same keys. (Only the embedded database, without DB_URL, creates its own pair.)");
            }
        }
    }

    public static Keys from(Config config) {
        return new Keys(present(config, SIGN_KEY_PROPERTY) || present(config, INLINE_SIGN_KEY_PROPERTY),
                present(config, VERIFY_KEY_PROPERTY) || present(config, INLINE_VERIFY_KEY_PROPERTY));
    }

    public static Keys fromEnvironmentAndSystem() {
        return from(ConfigProvider.getConfig());
    }

    private static boolean present(Config config, String property) {
        Optional<String> value = config.getOptionalValue(property, String.class);
        return value.filter(v -> !v.isBlank()).isPresent();
    }

    // First of all start-up work: nothing else should run on an instance that cannot check a token.
    void onStart(@Observes @Priority(10) StartupEvent event) {
        fromEnvironmentAndSystem().requireUsable();
    }
}
