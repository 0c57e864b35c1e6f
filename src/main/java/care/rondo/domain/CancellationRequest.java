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
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * "This visit is not needed", said by the client or her relative through the client view: a proposal the team
 * confirms (the visit is cancelled in the week's next re-plan, and the accepted roster is flagged for one) or
 * declines. {@code lineageId} names the visit across re-plans.
 */
@Entity
@Table(name = "cancellation_request")
public class CancellationRequest extends PanacheEntityBase {
    public static final String OPEN = "OPEN";
    public static final String CONFIRMED = "CONFIRMED";
    public static final String DECLINED = "DECLINED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "team_id")
    public long teamId;
    @Column(name = "client_id")
    public long clientId;
    @Column(name = "link_id")
    public long linkId;
    @Column(name = "roster_id")
    public long rosterId;
    @Column(name = "visit_id")
    public long visitId;
    @Column(name = "lineage_id")
    public long lineageId;
    @Column(name = "visit_date")
    public LocalDate visitDate;
    public String reason;
    public String status = OPEN;
    @Column(name = "requested_at")
    public Instant requestedAt;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "decided_by")
    public String decidedBy;
    @Version
    public long version;

    /** The lineages of the given visits whose cancellation the team confirmed: a re-plan copies them cancelled. */
    public static Set<Long> confirmedLineages(List<Long> lineageIds) {
        if (lineageIds.isEmpty()) {
            return Set.of();
        }
        Set<Long> result = new HashSet<>();
        CancellationRequest.<CancellationRequest>list("lineageId in ?1 and status = ?2", lineageIds, CONFIRMED)
                .forEach(r -> result.add(r.lineageId));
        return result;
    }
}
