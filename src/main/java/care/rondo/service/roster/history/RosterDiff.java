package care.rondo.service.roster.history;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** What a re-plan changes against the accepted roster it started from, visit by visit (matched by lineage). */
public record RosterDiff(long rosterId, Long basedOnRosterId, int visitsCompared, int changedVisits,
                         List<Change> changes, List<Long> nursesAffected, List<Long> clientsAffected) {

    public enum Kind { MOVED_TO_OTHER_NURSE, RESCHEDULED, UNASSIGNED, NEWLY_ASSIGNED, CANCELLED, ADDED }

    public record Change(Kind kind, long visitId, long clientId, Long fromNurseId, Long toNurseId,
                         Instant fromStart, Instant toStart,
                         @Schema(description = "the change in words, times on the team's wall clock: "
                                 + "\"Mevrouw Bakker: Anna → Bram (Wed 09:00)\"")
                         String description) {
    }
}
