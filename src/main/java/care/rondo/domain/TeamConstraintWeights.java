package care.rondo.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.HashMap;
import java.util.Map;

/** A team's own weights for the soft constraints: constraint name → weight per unit of penalty. */
@Entity
@Table(name = "team_constraint_weights")
public class TeamConstraintWeights extends PanacheEntityBase {
    @Id
    @Column(name = "team_id")
    public Long teamId;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Long> weights = new HashMap<>();
    @Version
    public long version;
}
