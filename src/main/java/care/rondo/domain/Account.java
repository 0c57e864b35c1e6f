package care.rondo.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Optional;

/** A built-in login. Only a bcrypt hash of the password is stored. */
@Entity
public class Account extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String username;
    @Column(name = "password_hash")
    public String passwordHash;
    @Enumerated(EnumType.STRING)
    public Role role;
    @Column(name = "team_id")
    public Long teamId;
    /** The nurse this member is, for her own visits and calendar; a nurse of the same team. */
    @Column(name = "nurse_id")
    public Long nurseId;
    public boolean active = true;
    @Version
    public long version;
    @Column(name = "created_at", updatable = false)
    public Instant createdAt = EntityClock.now();

    public static Optional<Account> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }
}
