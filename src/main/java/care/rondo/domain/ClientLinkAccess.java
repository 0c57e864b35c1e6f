package care.rondo.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One use of a client link (the audit of the client view): which link, when, what for. No personal data. */
@Entity
@Table(name = "client_link_access")
public class ClientLinkAccess extends PanacheEntityBase {
    public static final String VIEW = "VIEW";
    public static final String CANCELLATION_REQUEST = "CANCELLATION_REQUEST";
    public static final String WISHES_VIEW = "WISHES_VIEW";
    /** An attempt to change her wishes, recorded whether or not it was allowed and valid. */
    public static final String WISHES_UPDATE = "WISHES_UPDATE";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "link_id")
    public long linkId;
    @Column(name = "accessed_at")
    public Instant accessedAt;
    public String action;
}
