package care.rondo.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;

/** A self-managing nursing team: the owner of nurses, clients, care plans and rosters. */
@Entity
public class Team extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String name;
    public String neighbourhood;
    @Column(name = "office_latitude")
    public double officeLatitude;
    @Column(name = "office_longitude")
    public double officeLongitude;
    @Column(name = "time_zone")
    public String timeZone = "Europe/Amsterdam";
    public boolean archived;
    @Version
    public long version;
    @Column(name = "created_at", updatable = false)
    public Instant createdAt = EntityClock.now();
}
