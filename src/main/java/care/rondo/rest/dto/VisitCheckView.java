package care.rondo.rest.dto;

import care.rondo.domain.VisitCheck;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "VisitCheck", description = "A nurse's check-in and check-out of a visit (UTC, whole seconds)",
        requiredProperties = {"id", "visitId", "visitUid", "checkedInAt", "checkedOutAt", "checkInLatitude",
                "checkInLongitude", "checkOutLatitude", "checkOutLongitude", "note"})
public record VisitCheckView(long id, long visitId, long visitUid, Instant checkedInAt,
                             @Schema(nullable = true) Instant checkedOutAt,
                             @Schema(nullable = true) Double checkInLatitude,
                             @Schema(nullable = true) Double checkInLongitude,
                             @Schema(nullable = true) Double checkOutLatitude,
                             @Schema(nullable = true) Double checkOutLongitude,
                             @Schema(nullable = true) String note) {
    public static VisitCheckView of(VisitCheck c) {
        return new VisitCheckView(c.id, c.visitId, c.lineageId, seconds(c.checkedInAt), seconds(c.checkedOutAt), c.checkInLatitude,
                c.checkInLongitude, c.checkOutLatitude, c.checkOutLongitude, c.note);
    }

    private static Instant seconds(Instant instant) {
        return instant == null ? null : instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }
}
