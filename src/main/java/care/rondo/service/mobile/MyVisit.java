package care.rondo.service.mobile;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One of the nurse's accepted visits as her phone shows it: UTC instants to the second (the same style as
 * {@code VisitCheck}, so the same moment compares equal), her local date, where to go, who else comes
 * (double-handed visits), how long the ride to the next visit of the day takes, her check state.
 */
@Schema(name = "MyVisit", requiredProperties = {"visitId", "visitUid", "date", "order", "start", "end", "windowStart",
        "windowEnd", "durationMinutes", "status", "clientId", "clientName", "address", "latitude", "longitude",
        "clientNotes", "clientOwnWords", "partnerNurse", "travelMinutesToNext", "rosterVersion", "checkedInAt", "checkedOutAt"})
public record MyVisit(long visitId,
                      @Schema(description = "the visit's identity across re-plans (the calendar UID's number)")
                      long visitUid,
                      @Schema(description = "her local date in the team's time zone") LocalDate date,
                      @Schema(description = "1 for her first visit of the day") int order,
                      Instant start, Instant end, Instant windowStart, Instant windowEnd, int durationMinutes,
                      @Schema(enumeration = {"PLANNED"}, description = "PLANNED: her visits are planned ones")
                      String status,
                      long clientId, String clientName, String address, double latitude, double longitude,
                      @Schema(nullable = true) String clientNotes,
                      @Schema(nullable = true, description = "what matters to the client, in her own words")
                      String clientOwnWords,
                      @Schema(nullable = true, description = "the other nurse of a double-handed visit")
                      String partnerNurse,
                      @Schema(nullable = true, description = "null on the last visit of the day")
                      Integer travelMinutesToNext,
                      int rosterVersion,
                      @Schema(nullable = true) Instant checkedInAt,
                      @Schema(nullable = true) Instant checkedOutAt) {
}
