package care.rondo.rest.dto;

import care.rondo.domain.RosterSnapshot;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;

@Schema(name = "AcceptedRoster", description = "An immutable published version of a week's roster")
public record SnapshotView(long id, long rosterId, long teamId, LocalDate weekStart, int versionNumber,
                           String acceptedBy, Instant acceptedAt, String score, boolean hardRulesBroken) {
    public static SnapshotView of(RosterSnapshot s) {
        return new SnapshotView(s.id, s.rosterId, s.teamId, s.weekStart, s.versionNumber, s.acceptedBy,
                s.acceptedAt, s.score, s.hardBroken);
    }
}
