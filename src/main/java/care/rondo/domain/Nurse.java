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
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A member of a team who visits clients. Archived, never deleted: old rosters still name her. */
@Entity
public class Nurse extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "team_id")
    public long teamId;
    public String name;
    /** 2..5, a hierarchy: a nurse may do every task of her level or below. */
    public short level;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> skills = new ArrayList<>();
    @Column(name = "contract_min_hours", precision = 5, scale = 2)
    public BigDecimal contractMinHours;
    @Column(name = "contract_max_hours", precision = 5, scale = 2)
    public BigDecimal contractMaxHours;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<AvailabilityWindow> availability = new ArrayList<>();
    @Column(name = "start_latitude")
    public double startLatitude;
    @Column(name = "start_longitude")
    public double startLongitude;
    @Enumerated(EnumType.STRING)
    @Column(name = "travel_mode")
    public TravelMode travelMode;
    public boolean archived;
    @Version
    public long version;
    // set by the database; read back on insert so that a 201 already shows it
    @Generated
    @Column(name = "created_at", updatable = false)
    public Instant createdAt = EntityClock.now();

    public static Optional<Nurse> findInTeam(long teamId, long id) {
        return find("id = ?1 and teamId = ?2", id, teamId).firstResultOptional();
    }
}
