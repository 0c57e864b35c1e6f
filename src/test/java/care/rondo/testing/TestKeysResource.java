package care.rondo.testing;

import care.rondo.security.LocalKeys;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.nio.file.Path;
import java.util.Map;

/**
 * The test run's own token key pair, generated into {@code target/test-keys/} (no key is in the repository).
 * Global: it applies to every @QuarkusTest.
 */
@QuarkusTestResource(TestKeysResource.class)
public class TestKeysResource implements QuarkusTestResourceLifecycleManager {

    public static final Path DIRECTORY = Path.of("target", "test-keys");

    @Override
    public Map<String, String> start() {
        LocalKeys keys = LocalKeys.in(DIRECTORY);
        keys.ensure();
        return keys.configuration();
    }

    @Override
    public void stop() {
    }
}
