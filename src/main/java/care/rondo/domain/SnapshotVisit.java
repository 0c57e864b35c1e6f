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
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.time.LocalDate;

/** One visit as it was published in a snapshot. */
@Entity
@Immutable
@Table(name = "snapshot_visit")
public class SnapshotVisit extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "snapshot_id")
    public long snapshotId;
    @Column(name = "visit_id")
    public long visitId;
    @Column(name = "lineage_id")
    public long lineageId;
    @Column(name = "client_id")
    public long clientId;
    @Column(name = "nurse_id")
    public Long nurseId;
    @Column(name = "visit_date")
    public LocalDate visitDate;
    @Column(name = "planned_start")
    public Instant plannedStart;
    @Column(name = "planned_end")
    public Instant plannedEnd;
    @Column(name = "route_index")
    public Integer routeIndex;
    @Column(name = "duration_minutes")
    public int durationMinutes;
    @Enumerated(EnumType.STRING)
    @Column(name = "link_kind")
    public LinkKind linkKind;
    @Column(name = "linked_visit_id")
    public Long linkedVisitId;
    public boolean cancelled;
}
