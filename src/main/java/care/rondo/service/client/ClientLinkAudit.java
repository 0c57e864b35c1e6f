package care.rondo.service.client;

import care.rondo.domain.ClientLinkAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

/**
 * Writes the audit row of one use of a client link in its own transaction, so that a use which fails afterwards
 * (a visit not in her view, a request already open) is still on record.
 */
@ApplicationScoped
public class ClientLinkAudit {

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(long linkId, String action) {
        ClientLinkAccess access = new ClientLinkAccess();
        access.linkId = linkId;
        access.accessedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        access.action = action;
        access.persist();
    }
}
