package care.rondo.solver;

/** A continuity penalty for a client: "client C sees 3 nurses" or "nurse N is new to client C". */
public record ClientJustification(String clientId, String nurseId, long amount) implements RosterJustification {
}
