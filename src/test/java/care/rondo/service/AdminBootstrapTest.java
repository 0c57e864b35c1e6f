package care.rondo.service;

import care.rondo.domain.Account;
import care.rondo.domain.Role;
import care.rondo.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class AdminBootstrapTest {

    @Inject
    AdminBootstrap bootstrap;

    @Inject
    Fixtures fixtures;

    @Test
    void shouldNeverAddAnAdminToADatabaseWithAccounts() {
        fixtures.coordinator();
        long admins = Account.count("role", Role.ADMIN);
        assertThat(bootstrap.createIfNoAccount("a-long-enough-password")).isFalse();
        assertThat(Account.count("role", Role.ADMIN)).isEqualTo(admins);
    }
}
