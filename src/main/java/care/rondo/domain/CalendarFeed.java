package care.rondo.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/** A nurse's calendar subscription: only the SHA-256 of its secret token is kept. */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "nurse_id")
    public long nurseId;
    @Column(name = "token_hash")
    public String tokenHash;
    @Column(name = "created_at", updatable = false)
    public Instant createdAt = EntityClock.now();
    @Column(name = "revoked_at")
    public Instant revokedAt;

    public static Optional<CalendarFeed> findLive(String tokenHash) {
        return find("tokenHash = ?1 and revokedAt is null", tokenHash).firstResultOptional();
    }

    public static int revokeAll(long nurseId, Instant at) {
        return update("revokedAt = ?1 where nurseId = ?2 and revokedAt is null", at, nurseId);
    }
}
