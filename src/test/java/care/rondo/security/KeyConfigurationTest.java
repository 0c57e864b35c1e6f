package care.rondo.security;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The start-up rule for token keys, and the embedded default's own key pair. */
class KeyConfigurationTest {

    private static Config config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties, "test", 500)).build();
    }

    @Test
    void configuredDatabaseWithoutKeysRefusesToStartNamingTheVariables() {
        // what application.properties yields with DB_URL set and JWT_SIGN_KEY/JWT_VERIFY_KEY unset
        KeyConfiguration.Keys keys = KeyConfiguration.from(config(Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://db:5432/rondo",
                KeyConfiguration.SIGN_KEY_PROPERTY, "", KeyConfiguration.VERIFY_KEY_PROPERTY, "")));

        assertThat(keys.anyKeyConfigured()).isFalse();
        assertThatThrownBy(keys::requireUsable).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("JWT_SIGN_KEY").hasMessageContaining("JWT_VERIFY_KEY");
    }

    @Test
    void aSignKeyWithoutAVerifyKeyIsRefusedToo() {
        KeyConfiguration.Keys keys = KeyConfiguration.from(config(Map.of(
                KeyConfiguration.SIGN_KEY_PROPERTY, "file:/keys/private.pem")));
        assertThatThrownBy(keys::requireUsable).hasMessageContaining("JWT_VERIFY_KEY");
    }

    @Test
    void aVerifyOnlyOpenIdConnectSetupStartsWithBuiltInSignInOff() {
        KeyConfiguration.Keys keys = KeyConfiguration.from(config(Map.of(
                KeyConfiguration.VERIFY_KEY_PROPERTY, "https://idp.example.org/certs")));
        assertThatCode(keys::requireUsable).doesNotThrowAnyException();
        assertThat(keys.builtInSignIn()).isFalse();
    }

    @Test
    void theEmbeddedDefaultKeepsItsOwnPairBesideItsDataAndReusesIt(@TempDir Path root) throws Exception {
        LocalKeys first = LocalKeys.besideDataDirectory(root.resolve(".local-db").toString());
        assertThat(first.directory()).isEqualTo(root.resolve(".local-db-keys").toAbsolutePath());

        assertThat(first.ensure()).as("generated on first start").isTrue();
        String privateKey = Files.readString(first.privateKey());
        assertThat(privateKey).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(Files.readString(first.publicKey())).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(Files.getPosixFilePermissions(first.privateKey()))
                .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);

        LocalKeys again = LocalKeys.besideDataDirectory(root.resolve(".local-db").toString());
        assertThat(again.ensure()).as("reused at the next start").isFalse();
        assertThat(Files.readString(again.privateKey())).isEqualTo(privateKey);
        assertThat(again.configuration()).containsEntry(KeyConfiguration.SIGN_KEY_PROPERTY,
                first.privateKey().toUri().toString());

        LocalKeys otherInstallation = LocalKeys.in(root.resolve("elsewhere"));
        otherInstallation.ensure();
        assertThat(Files.readString(otherInstallation.privateKey())).isNotEqualTo(privateKey);
    }
}
