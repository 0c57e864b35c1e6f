package care.rondo.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A client's recurring visit requirement: on each of {@code days} (empty = every day), one visit per window,
 * each needing {@code nursesNeeded} nurses of at least {@code minLevel} with all {@code skills}. With a
 * follow-up, a second visit starts between the min and max gap after the first one starts.
 */
@Entity
@Table(name = "care_plan")
public class CarePlan extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "team_id")
    public long teamId;
    @Column(name = "client_id")
    public long clientId;
    public String description;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<DayOfWeek> days = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    public List<TimeWindow> windows = new ArrayList<>();
    @Column(name = "duration_minutes")
    public int durationMinutes;
    @Column(name = "min_level")
    public short minLevel;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> skills = new ArrayList<>();
    @Column(name = "nurses_needed")
    public short nursesNeeded = 1;
    @Column(name = "followup_min_gap_minutes")
    public Integer followupMinGapMinutes;
    @Column(name = "followup_max_gap_minutes")
    public Integer followupMaxGapMinutes;
    @Column(name = "followup_duration_minutes")
    public Integer followupDurationMinutes;
    public short priority = 3;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_until")
    public LocalDate validUntil;
    public boolean archived;
    @Version
    public long version;
    // set by the database; read back on insert so that a 201 already shows it
    @Generated
    @Column(name = "created_at", updatable = false)
    public Instant createdAt = EntityClock.now();

    public static Optional<CarePlan> findOfClient(long teamId, long clientId, long id) {
        return find("id = ?1 and clientId = ?2 and teamId = ?3", id, clientId, teamId).firstResultOptional();
    }
}
