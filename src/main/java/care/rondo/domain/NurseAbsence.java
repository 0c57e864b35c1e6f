package care.rondo.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Generated;

import java.time.Instant;
import java.util.Optional;

/** A period in which a nurse is not available. Unlike the caseload itself, a wrong absence is really deleted. */
@Entity
@Table(name = "nurse_absence")
public class NurseAbsence extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "nurse_id")
    public long nurseId;
    @Column(name = "team_id")
    public long teamId;
    @Enumerated(EnumType.STRING)
    public AbsenceKind kind;
    @Column(name = "starts_at")
    public Instant startsAt;
    @Column(name = "ends_at")
    public Instant endsAt;
    public String note;
    // set by the database; read back on insert so that a 201 already shows it
    @Generated
    @Column(name = "created_at", updatable = false)
    public Instant createdAt = EntityClock.now();

    public static Optional<NurseAbsence> findOfNurse(long teamId, long nurseId, long id) {
        return find("id = ?1 and nurseId = ?2 and teamId = ?3", id, nurseId, teamId).firstResultOptional();
    }
}
