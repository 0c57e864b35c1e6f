package care.rondo.service.roster.analysis;

import care.rondo.domain.LinkKind;
import care.rondo.domain.RosterStatus;
import care.rondo.domain.SolverStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Everything the planning board draws in one answer: the week's nurse lanes (shifts per day), every visit with
 * its client, times, travel, pin and the hard rules it breaks, and the headline KPIs. Local times carry their
 * offset so a DST week draws correctly. No client notes: coordinators read boards too.
 */
public record RosterBoard(
        long rosterId,
        long teamId,
        String isoWeek,
        String timeZone,
        RosterStatus status,
        @Schema(description = "whether the team can still override, solve and accept it (not once it is accepted "
                + "or superseded: then only a re-plan changes the week); the status decides it, the page only asks")
        boolean editable,
        @Schema(description = "the accepted version the nurses work from now, the one a re-plan starts from")
        boolean inForce,
        SolverStatus solverStatus,
        Integer acceptedVersion,
        Long basedOnRosterId,
        boolean needsReplan,
        long version,
        String score,
        boolean feasible,
        List<LocalDate> days,
        List<Lane> nurses,
        List<BoardVisit> visits) {

    /** One nurse: her shifts this week (absent days have none) and where her routes start and end. */
    public record Lane(long nurseId, String name, int level, List<String> skills, double startLatitude,
                       double startLongitude, String travelMode, List<Shift> shifts) {
    }

    public record Shift(LocalDate date, OffsetDateTime start, OffsetDateTime end, boolean locked,
                        Integer travelMinutes) {
    }

    /**
     * A visit as drawn. {@code nurseId} null = unassigned; {@code travelMinutesBefore} is the ride from the
     * previous stop (or from home); {@code brokenHardRules} names the hard constraints it takes part in breaking;
     * {@code lineageId} is the visit across re-plans (a client's request names it).
     */
    public record BoardVisit(long visitId,
                             @Schema(description = "the visit across re-plans: the same in the accepted roster and "
                                     + "every re-plan of it (clients' cancellation requests name it)")
                             long lineageId, long clientId, String clientName, String address, double latitude,
                             double longitude, LocalDate date, OffsetDateTime earliestStart,
                             OffsetDateTime latestStart, int durationMinutes, int minLevel, List<String> skills,
                             int priority, LinkKind linkKind,
                             @Schema(description = "how it is linked to linkedVisitId, in words (\"double-handed\", "
                                     + "\"in sequence\"); null when it is not linked") String linkLabel,
                             Long linkedVisitId, Long nurseId,
                             OffsetDateTime plannedStart, OffsetDateTime plannedEnd, Integer routeIndex,
                             Integer travelMinutesBefore, boolean pinned, boolean pinnedStart, String pinReason,
                             boolean frozen, boolean cancelled, List<String> brokenHardRules) {
    }
}
