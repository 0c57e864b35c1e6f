package care.rondo.rest.dto;

import care.rondo.domain.LinkKind;
import care.rondo.domain.Visit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** A visit with its times in the team's local time (offset included, so DST is unambiguous). */
@Schema(name = "Visit")
public record VisitView(long id, long clientId, Long carePlanId, LocalDate date, OffsetDateTime earliestStart,
                        OffsetDateTime latestStart, int durationMinutes, int minLevel, List<String> skills,
                        int priority, LinkKind linkKind, Long linkedVisitId, Long nurseId,
                        OffsetDateTime plannedStart, OffsetDateTime plannedEnd, Integer routeIndex, boolean pinned,
                        boolean cancelled, long version) {

    public static VisitView of(Visit v, ZoneId zone) {
        return new VisitView(v.id, v.clientId, v.carePlanId, v.visitDate, local(v.earliestStart, zone),
                local(v.latestStart, zone), v.durationMinutes, v.minLevel, v.skills, v.priority, v.linkKind,
                v.linkedVisitId, v.nurseId, local(v.plannedStart, zone), local(v.plannedEnd, zone), v.routeIndex,
                v.pinned, v.cancelled, v.version);
    }

    static OffsetDateTime local(java.time.Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
