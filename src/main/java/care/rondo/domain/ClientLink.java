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

/** The secret link a client or her relative opens to see her visits: only the SHA-256 of its token is kept. */
@Entity
@Table(name = "client_link")
public class ClientLink extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "client_id")
    public long clientId;
    @Column(name = "team_id")
    public long teamId;
    @Column(name = "token_hash")
    public String tokenHash;
    /** The relative the team gave the link to; null when it is the client's own. */
    @Column(name = "relative_name")
    public String relativeName;
    @Column(name = "created_at", updatable = false)
    public Instant createdAt;
    @Column(name = "revoked_at")
    public Instant revokedAt;
    /** The team lets whoever holds the link change the client's wishes (never the team's hard refusal). */
    @Column(name = "may_edit_wishes")
    public boolean mayEditWishes;

    public static Optional<ClientLink> findLive(String tokenHash) {
        return find("tokenHash = ?1 and revokedAt is null", tokenHash).firstResultOptional();
    }

    public static Optional<ClientLink> findLiveOfClient(long clientId) {
        return find("clientId = ?1 and revokedAt is null", clientId).firstResultOptional();
    }

    public static int revokeAll(long clientId, Instant at) {
        return update("revokedAt = ?1 where clientId = ?2 and revokedAt is null", at, clientId);
    }
}
