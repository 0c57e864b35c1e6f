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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One concrete visit of a roster's week, generated from a care plan (or added as a one-off). Times are
 * instants; the window bounds the start. The assignment part (nurse, planned start) is what the solver fills.
 */
@Entity
public class Visit extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "roster_id")
    public long rosterId;
    @Column(name = "team_id")
    public long teamId;
    @Column(name = "client_id")
    public long clientId;
    @Column(name = "care_plan_id")
    public Long carePlanId;
    @Column(name = "visit_date")
    public LocalDate visitDate;
    @Column(name = "earliest_start")
    public Instant earliestStart;
    @Column(name = "latest_start")
    public Instant latestStart;
    @Column(name = "duration_minutes")
    public int durationMinutes;
    @Column(name = "min_level")
    public int minLevel;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> skills = new ArrayList<>();
    public int priority = 3;
    @Enumerated(EnumType.STRING)
    @Column(name = "link_kind")
    public LinkKind linkKind;
    @Column(name = "linked_visit_id")
    public Long linkedVisitId;
    @Column(name = "gap_min_minutes")
    public Integer gapMinMinutes;
    @Column(name = "gap_max_minutes")
    public Integer gapMaxMinutes;
    public int part = 1;
    public boolean cancelled;
    @Column(name = "nurse_id")
    public Long nurseId;
    @Column(name = "planned_start")
    public Instant plannedStart;
    @Column(name = "planned_end")
    public Instant plannedEnd;
    @Column(name = "route_index")
    public Integer routeIndex;
    public boolean pinned;
    @Column(name = "pinned_start")
    public Instant pinnedStart;
    /** The visit this one continues across re-plans; its own id for a visit generated or added here. */
    @Column(name = "lineage_id")
    public Long lineageId;
    /** The nurse of the accepted roster this draft re-plans: changing it costs "Changed nurse". */
    @Column(name = "previous_nurse_id")
    public Long previousNurseId;
    /** The start of the accepted roster this draft re-plans: moving away from it costs "Moved start". */
    @Column(name = "previous_start")
    public Instant previousStart;
    @Column(name = "one_off")
    public boolean oneOff;
    @Column(name = "cancel_reason")
    public String cancelReason;
    /** Before the re-plan's freeze time: it happened (or is happening) and is pinned as it was. */
    public boolean frozen;
    @Column(name = "pinned_by")
    public String pinnedBy;
    @Column(name = "pinned_at")
    public Instant pinnedAt;
    @Column(name = "pin_reason")
    public String pinReason;
    @Version
    public long version;
}
