package care.rondo.solver;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** A continuity penalty for a client: "client C sees 3 nurses" or "nurse N is new to client C". */
public record ClientJustification(String clientId, String nurseId, long amount) implements ConstraintJustification {
}
