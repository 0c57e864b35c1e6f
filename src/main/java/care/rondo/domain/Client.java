package care.rondo.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A person the team visits at home. Health details stay out: Rondo plans, it is not the care record. */
@Entity
public class Client extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "team_id")
    public long teamId;
    public String name;
    public String address;
    public double latitude;
    public double longitude;
    /** For the visiting nurse; only members of the team may read it. */
    public String notes;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "preferred_nurse_ids")
    public List<Long> preferredNurseIds = new ArrayList<>();
    /** Never planned with this client (an unwanted combination). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "refused_nurse_ids")
    public List<Long> refusedNurseIds = new ArrayList<>();
    public boolean archived;
    @Version
    public long version;
    // set by the database; read back on insert so that a 201 already shows it
    @Generated
    @Column(name = "created_at", updatable = false)
    public Instant createdAt = EntityClock.now();

    public static Optional<Client> findInTeam(long teamId, long id) {
        return find("id = ?1 and teamId = ?2", id, teamId).firstResultOptional();
    }
}
