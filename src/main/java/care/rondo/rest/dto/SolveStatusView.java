package care.rondo.rest.dto;

import care.rondo.domain.Roster;
import care.rondo.domain.SolverStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;

@Schema(name = "SolveStatus")
public record SolveStatusView(long rosterId, SolverStatus solverStatus,
                              @Schema(description = "from the request until the solve has ended (SCHEDULED or SOLVING): "
                                      + "the status decides it, a client only asks")
                              boolean solving,
                              @Schema(description = "queued: no solver has started on it yet (SCHEDULED)")
                              boolean waitingForSolver,
                              String bestScore, Boolean feasible,
                              @Schema(description = "0–100, share of the time limit used") int progressPercent,
                              Instant requestedAt, Instant startedAt, Instant deadline, Instant endedAt,
                              Instant bestScoreAt, String error, long visits, long assignedVisits,
                              @Schema(description = "The instance that solves (or last solved) the roster")
                              String instance,
                              @Schema(description = "While SCHEDULED: place in the queue of all instances, 1 = next")
                              Integer queuePosition) {

    public static SolveStatusView of(Roster r, long visits, long assigned, OptionalInt queuePosition, Instant now) {
        return new SolveStatusView(r.id, r.solverStatus, r.solverStatus.isActive(),
                r.solverStatus == SolverStatus.SCHEDULED, r.bestScore, r.feasible, progress(r, now),
                r.solveRequestedAt, r.solveStartedAt, r.solveDeadline, r.solveEndedAt, r.bestScoreAt, r.solveError,
                visits, assigned, r.solveInstance,
                queuePosition.isPresent() ? Integer.valueOf(queuePosition.getAsInt()) : null);
    }

    private static int progress(Roster r, Instant now) {
        if (r.solverStatus == SolverStatus.NOT_SOLVING) {
            return r.solveEndedAt == null ? 0 : 100;
        }
        if (r.solverStatus == SolverStatus.SCHEDULED || r.solveStartedAt == null || r.solveDeadline == null) {
            return 0;
        }
        long total = Duration.between(r.solveStartedAt, r.solveDeadline).toMillis();
        long used = Duration.between(r.solveStartedAt, now).toMillis();
        return total <= 0 ? 99 : (int) Math.max(0, Math.min(99, used * 100 / total));
    }
}
