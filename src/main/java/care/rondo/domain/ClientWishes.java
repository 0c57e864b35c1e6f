package care.rondo.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * "What matters to me": the client's wishes, recorded with her by the team. All are soft: the solver weighs them
 * with the team's weights; the hard "refused nurse" stays on {@link Client} as the team's decision.
 */
@Entity
@Table(name = "client_wishes")
public class ClientWishes extends PanacheEntityBase {
    @Id
    @Column(name = "client_id")
    public Long clientId;
    @Column(name = "team_id")
    public long teamId;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "time_wishes")
    public List<TimeWish> timeWishes = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "liked_nurse_ids")
    public List<Long> likedNurseIds = new ArrayList<>();
    /** Nurses she would rather not see (soft; unlike the team's hard refusal). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "avoided_nurse_ids")
    public List<Long> avoidedNurseIds = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    @Column(name = "continuity_importance")
    public ContinuityImportance continuityImportance = ContinuityImportance.USUAL;
    /** A few words in her own voice, shown to the visiting nurse. */
    @Column(name = "own_words")
    public String ownWords;
    @Column(name = "updated_at")
    public Instant updatedAt;
    /** Whether the team or the client's link made the last change. */
    @Enumerated(EnumType.STRING)
    @Column(name = "last_changed_by")
    public WishesChangedBy lastChangedBy = WishesChangedBy.TEAM;
    @Version
    public long version;
}
