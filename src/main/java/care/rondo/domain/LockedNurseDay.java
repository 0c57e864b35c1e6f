package care.rondo.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A nurse-day the team locked: the solver leaves that day's route exactly as it is. */
@Entity
@Table(name = "locked_nurse_day")
public class LockedNurseDay extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "roster_id")
    public long rosterId;
    @Column(name = "nurse_id")
    public long nurseId;
    public LocalDate day;
    @Column(name = "locked_by")
    public String lockedBy;
    @Column(name = "locked_at")
    public Instant lockedAt = EntityClock.now();
    public String reason;
}
