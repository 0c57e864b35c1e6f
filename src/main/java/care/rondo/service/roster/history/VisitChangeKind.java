package care.rondo.service.roster.history;

import care.rondo.domain.LinkKind;
import care.rondo.domain.Visit;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What a re-plan changed about one visit, as its diff lists it. */
final class VisitChangeKind {

    private VisitChangeKind() {
    }

    /**
     * Each part of a double-handed visit with the other part, both ways (a stored visit only points from its second
     * part to its first).
     */
    static Map<Long, Visit> doubleHandedPartners(List<Visit> visits) {
        Map<Long, Visit> byId = visits.stream().collect(Collectors.toMap(v -> v.id, Function.identity()));
        Map<Long, Visit> partners = new HashMap<>();
        for (Visit second : visits) {
            Visit first = second.linkedVisitId == null ? null : byId.get(second.linkedVisitId);
            if (second.linkKind == LinkKind.DOUBLE_HANDED && first != null) {
                partners.put(second.id, first);
                partners.put(first.id, second);
            }
        }
        return partners;
    }

    /**
     * @param before the visit in the roster re-planned (null: added since)
     * @param now the visit in the re-plan
     * @param partnerBefore for a part of a double-handed visit, the other part in the roster re-planned, else null:
     *        the two parts are alike (one client, one moment, one task for two), so a part whose nurse did the other
     *        part before has not moved to another nurse; the two nurses traded parts, which nobody notices
     * @return the change, or null when nothing the client or the nurses notice changed
     */
    static RosterDiff.Kind of(Visit before, Visit now, Visit partnerBefore) {
        if (before == null) {
            return RosterDiff.Kind.ADDED;
        }
        if (now.cancelled && !before.cancelled) {
            return RosterDiff.Kind.CANCELLED;
        }
        if (now.cancelled) {
            return null;
        }
        if (before.nurseId != null && now.nurseId == null) {
            return RosterDiff.Kind.UNASSIGNED;
        }
        if (before.nurseId == null && now.nurseId != null) {
            return RosterDiff.Kind.NEWLY_ASSIGNED;
        }
        if (!Objects.equals(before.nurseId, now.nurseId)
                && !(partnerBefore != null && Objects.equals(partnerBefore.nurseId, now.nurseId))) {
            return RosterDiff.Kind.MOVED_TO_OTHER_NURSE;
        }
        if (before.plannedStart != null && now.plannedStart != null
                && Duration.between(before.plannedStart, now.plannedStart).abs().toMinutes() >= 1) {
            return RosterDiff.Kind.RESCHEDULED;
        }
        return null;
    }
}
