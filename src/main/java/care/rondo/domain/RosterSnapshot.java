package care.rondo.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.time.LocalDate;

/** The published roster of a week, version n: immutable once written. */
@Entity
@Immutable
@Table(name = "roster_snapshot")
public class RosterSnapshot extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "roster_id")
    public long rosterId;
    @Column(name = "team_id")
    public long teamId;
    @Column(name = "week_start")
    public LocalDate weekStart;
    @Column(name = "version_number")
    public int versionNumber;
    @Column(name = "accepted_by")
    public String acceptedBy;
    @Column(name = "accepted_at")
    public Instant acceptedAt;
    public String score;
    @Column(name = "hard_broken")
    public boolean hardBroken;
}
