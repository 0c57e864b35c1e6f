package care.rondo.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Optional;

/** A nurse's check-in and check-out of one accepted visit; at most one per visit and nurse. */
@Entity
@Table(name = "visit_check")
public class VisitCheck extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "team_id")
    public long teamId;
    @Column(name = "visit_id")
    public long visitId;
    @Column(name = "lineage_id")
    public long lineageId;
    @Column(name = "nurse_id")
    public long nurseId;
    @Column(name = "checked_in_at")
    public Instant checkedInAt;
    @Column(name = "check_in_latitude")
    public Double checkInLatitude;
    @Column(name = "check_in_longitude")
    public Double checkInLongitude;
    @Column(name = "checked_out_at")
    public Instant checkedOutAt;
    @Column(name = "check_out_latitude")
    public Double checkOutLatitude;
    @Column(name = "check_out_longitude")
    public Double checkOutLongitude;
    public String note;
    @Version
    public long version;

    public static Optional<VisitCheck> findOf(long visitId, long nurseId) {
        return find("visitId = ?1 and nurseId = ?2", visitId, nurseId).firstResultOptional();
    }
}
