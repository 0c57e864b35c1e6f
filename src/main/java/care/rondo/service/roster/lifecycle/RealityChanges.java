package care.rondo.service.roster.lifecycle;

import care.rondo.domain.Roster;
import care.rondo.domain.RosterEvent;
import care.rondo.domain.RosterStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Marks accepted rosters that reality has overtaken, so the team sees it should re-plan them. */
@ApplicationScoped
public class RealityChanges {

    /** A nurse is absent when she has accepted visits: every such roster needs a re-plan. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Long> absenceReported(long teamId, long nurseId, Instant from, Instant to, String actor) {
        List<Long> affected = Roster.<Roster>list("teamId = ?1 and status = ?2 and id in (select v.rosterId from Visit v "
                        + "where v.nurseId = ?3 and v.cancelled = false and v.plannedStart < ?4 and v.plannedEnd > ?5)",
                teamId, RosterStatus.ACCEPTED, nurseId, to, from).stream().map(r -> r.id).toList();
        for (Long rosterId : affected) {
            Roster.update("needsReplan = true where id = ?1", rosterId);
            RosterEvent.record(teamId, rosterId, "ABSENCE_REPORTED", actor, null,
                    Map.of("nurseId", nurseId, "from", from, "to", to));
        }
        return affected;
    }
}
