package care.rondo.rest.dto;

import care.rondo.domain.Roster;
import care.rondo.domain.RosterStatus;
import care.rondo.domain.SolverStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;

@Schema(name = "Roster")
public record RosterView(long id, long teamId, String isoWeek, LocalDate weekStart, String timeZone,
                         RosterStatus status,
                         @Schema(description = "the team can still override, solve and accept it (not once accepted "
                                 + "or superseded)")
                         boolean editable,
                         @Schema(description = "the accepted version the nurses work from now, the one to re-plan")
                         boolean inForce,
                         SolverStatus solverStatus, String bestScore, Boolean feasible,
                         long visits, long assignedVisits, Long basedOnRosterId, Integer acceptedVersion,
                         @Schema(description = "reality changed after acceptance (e.g. an absence): re-plan it")
                         boolean needsReplan, long version, Instant createdAt) {

    public static RosterView of(Roster r, long visits, long assigned) {
        return new RosterView(r.id, r.teamId, r.isoWeek, r.weekStart, r.timeZone, r.status, r.status.isEditable(),
                r.status.isInForce(), r.solverStatus,
                r.bestScore, r.feasible, visits, assigned, r.basedOnRosterId, r.acceptedVersion, r.needsReplan,
                r.version, r.createdAt);
    }
}
