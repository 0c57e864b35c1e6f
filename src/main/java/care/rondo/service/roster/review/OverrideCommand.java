package care.rondo.service.roster.review;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One decision of the team about a roster. Which fields matter depends on the kind:
 * MOVE visitId → nurseId (optionally at a fixed start); UNASSIGN visitId; SWAP visitId ↔ otherVisitId (their
 * nurses); LOCK_DAY / UNLOCK_DAY nurseId + day; UNPIN visitId (the solver may move it again).
 */
public record OverrideCommand(Kind kind, Long visitId, Long nurseId, Instant start, Long otherVisitId,
                              LocalDate day, String reason) {

    public enum Kind { MOVE, UNASSIGN, SWAP, LOCK_DAY, UNLOCK_DAY, UNPIN }
}
