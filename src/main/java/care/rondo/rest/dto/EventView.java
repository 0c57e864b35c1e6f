package care.rondo.rest.dto;

import care.rondo.domain.RosterEvent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.Map;

@Schema(name = "RosterEvent", description = "One entry of a roster's history")
public record EventView(long id, Long rosterId, String kind, String actor, Instant at, Long visitId,
                        Map<String, Object> details) {
    public static EventView of(RosterEvent e) {
        return new EventView(e.id, e.rosterId, e.kind, e.actor, e.at, e.visitId, e.details);
    }
}
