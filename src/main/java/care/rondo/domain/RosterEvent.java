package care.rondo.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/** One entry of a roster's history: an override, a solve, an acceptance, a re-plan. Never changed. */
@Entity
@Table(name = "roster_event")
public class RosterEvent extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "team_id")
    public long teamId;
    /** Empty for team-wide events such as an export over a date range. */
    @Column(name = "roster_id")
    public Long rosterId;
    public String kind;
    public String actor;
    public Instant at = EntityClock.now();
    @Column(name = "visit_id")
    public Long visitId;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> details = new LinkedHashMap<>();

    public static RosterEvent record(long teamId, Long rosterId, String kind, String actor, Long visitId,
                                     Map<String, Object> details) {
        RosterEvent event = new RosterEvent();
        event.teamId = teamId;
        event.rosterId = rosterId;
        event.kind = kind;
        event.actor = actor;
        event.visitId = visitId;
        details.forEach((name, value) -> event.details.put(name,
                value instanceof Instant moment ? stamp(moment) : value));
        event.persist();
        countOnCommit(kind);
        return event;
    }

    /**
     * A moment in an event's details as every response writes one (care.rondo.rest.TimestampStyle): RFC 3339 in UTC
     * at whole seconds. The details are stored as JSON and sent as they are, so they are written in that style here.
     */
    static String stamp(Instant moment) {
        return DateTimeFormatter.ISO_INSTANT.format(moment.truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * {@code rondo_events_written_total{kind}}: counted once the transaction commits, since a rolled-back one
     * (a what-if preview, a refused change) wrote nothing.
     */
    private static void countOnCommit(String kind) {
        CDI.current().select(TransactionSynchronizationRegistry.class).get()
                .registerInterposedSynchronization(new Synchronization() {
                    @Override
                    public void beforeCompletion() {
                    }

                    @Override
                    public void afterCompletion(int status) {
                        if (status == Status.STATUS_COMMITTED) {
                            Counter.builder("rondo.events.written").description("History events written, by kind")
                                    .tag("kind", kind).register(CDI.current().select(MeterRegistry.class).get())
                                    .increment();
                        }
                    }
                });
    }
}
