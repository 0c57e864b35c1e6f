package care.rondo.rest.dto;

import care.rondo.domain.VisitCheck;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "VisitCheck", description = "A nurse's check-in and check-out of a visit (UTC instants)")
public record VisitCheckView(long id, long visitId, long visitUid, Instant checkedInAt, Instant checkedOutAt,
                             Double checkInLatitude, Double checkInLongitude, Double checkOutLatitude,
                             Double checkOutLongitude, String note) {
    public static VisitCheckView of(VisitCheck c) {
        return new VisitCheckView(c.id, c.visitId, c.lineageId, c.checkedInAt, c.checkedOutAt, c.checkInLatitude,
                c.checkInLongitude, c.checkOutLatitude, c.checkOutLongitude, c.note);
    }
}
