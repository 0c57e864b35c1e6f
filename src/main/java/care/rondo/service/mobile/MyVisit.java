package care.rondo.service.mobile;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One of the nurse's accepted visits as her phone shows it: local times with offset, where to go, who else
 * comes (double-handed visits), how long the ride to the next visit of the day takes, her check state.
 */
public record MyVisit(long visitId, long visitUid, LocalDate date, int order, OffsetDateTime start,
                      OffsetDateTime end, OffsetDateTime windowStart, OffsetDateTime windowEnd, int durationMinutes,
                      String status, long clientId, String clientName, String address, double latitude,
                      double longitude, String clientNotes, String partnerNurse, Integer travelMinutesToNext,
                      int rosterVersion, OffsetDateTime checkedInAt, OffsetDateTime checkedOutAt) {
}
