package care.rondo.service;

import care.rondo.domain.Account;
import care.rondo.domain.Role;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * A fresh production database has no account, and accounts are managed by admins only: this creates the first
 * admin from {@code rondo.admin.password} (env {@code RONDO_ADMIN_PASSWORD}). It never touches a database that
 * has any account, so the variable may stay set.
 */
@ApplicationScoped
public class AdminBootstrap {

    static final int MIN_PASSWORD_LENGTH = 8;
    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    @ConfigProperty(name = "rondo.admin.password")
    Optional<String> password;

    @ConfigProperty(name = "rondo.admin.username", defaultValue = "admin")
    String username;

    // Before the demo loader (default priority), so that the operator's admin exists whatever else loads.
    @Transactional
    void onStart(@Observes @Priority(100) StartupEvent event) {
        password.ifPresent(this::createIfNoAccount);
    }

    /** Creates the admin when there is no account at all; true when it did. */
    @Transactional
    public boolean createIfNoAccount(String adminPassword) {
        if (Account.count() > 0) {
            return false;
        }
        if (adminPassword.length() < MIN_PASSWORD_LENGTH) {
            LOG.warnf("No bootstrap admin created: rondo.admin.password needs at least %d characters",
                    MIN_PASSWORD_LENGTH);
            return false;
        }
        Account admin = new Account();
        admin.username = username;
        admin.passwordHash = BcryptUtil.bcryptHash(adminPassword);
        admin.role = Role.ADMIN;
        admin.persist();
        LOG.infof("Created the bootstrap admin account '%s'", username);
        return true;
    }
}
