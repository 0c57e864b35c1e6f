package care.rondo.service.roster.history;

import care.rondo.domain.Client;
import care.rondo.domain.Nurse;
import care.rondo.domain.Roster;
import care.rondo.domain.RosterEvent;
import care.rondo.domain.RosterSnapshot;
import care.rondo.domain.Visit;
import care.rondo.service.Page;
import care.rondo.service.PageRequest;
import care.rondo.service.Pages;
import care.rondo.service.TeamGuard;
import care.rondo.service.roster.lifecycle.RosterService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** History of a team's rosters (events and accepted versions) and the diff of a re-plan. */
@ApplicationScoped
public class RosterHistoryService {

    private static final Map<String, String> EVENT_SORT = Map.of("at", "at");
    private static final Map<String, String> SNAPSHOT_SORT = Map.of("weekStart", "weekStart",
            "versionNumber", "versionNumber", "acceptedAt", "acceptedAt");

    @Inject
    TeamGuard guard;

    @Inject
    RosterService rosters;

    /** Events of a roster and of the rosters it re-plans, newest first. */
    public Page<RosterEvent> history(long teamId, long rosterId, PageRequest request) {
        List<Long> chain = new ArrayList<>();
        Roster roster = rosters.get(teamId, rosterId);
        while (roster != null) {
            chain.add(roster.id);
            roster = roster.basedOnRosterId == null ? null : Roster.findById(roster.basedOnRosterId);
        }
        return Pages.of(RosterEvent.find("rosterId in ?1", request.toSort(EVENT_SORT, "-at"), chain), request);
    }

    public Page<RosterSnapshot> acceptedVersions(long teamId, PageRequest request) {
        guard.requireRead(teamId);
        return Pages.of(RosterSnapshot.find("teamId", request.toSort(SNAPSHOT_SORT, "-weekStart,-versionNumber"),
                teamId), request);
    }

    public RosterDiff diff(long teamId, long rosterId) {
        Roster roster = rosters.get(teamId, rosterId);
        List<Visit> now = Visit.list("rosterId", roster.id);
        if (roster.basedOnRosterId == null) {
            return new RosterDiff(roster.id, null, now.size(), 0, List.of(), List.of(), List.of());
        }
        Map<Long, Visit> before = Visit.<Visit>list("rosterId", roster.basedOnRosterId).stream()
                .collect(Collectors.toMap(v -> v.lineageId == null ? v.id : v.lineageId, Function.identity()));
        DiffPhrases phrases = new DiffPhrases(
                Client.<Client>list("teamId", roster.teamId).stream().collect(Collectors.toMap(c -> c.id, c -> c.name)),
                Nurse.<Nurse>list("teamId", roster.teamId).stream().collect(Collectors.toMap(n -> n.id, n -> n.name)),
                ZoneId.of(roster.timeZone));
        Map<Long, Visit> partners = VisitChangeKind.doubleHandedPartners(now);
        List<RosterDiff.Change> changes = new ArrayList<>();
        for (Visit v : now) {
            Visit b = before.get(v.lineageId);
            Visit partner = partners.get(v.id);
            RosterDiff.Kind kind = VisitChangeKind.of(b, v, partner == null ? null : before.get(partner.lineageId));
            if (kind != null) {
                Long fromNurse = b == null ? null : b.nurseId;
                Instant fromStart = b == null ? null : b.plannedStart;
                changes.add(new RosterDiff.Change(kind, v.id, v.clientId, fromNurse, v.nurseId, fromStart,
                        v.plannedStart, phrases.describe(kind, v.clientId, fromNurse, v.nurseId, fromStart,
                        v.plannedStart)));
            }
        }
        TreeSet<Long> nurses = new TreeSet<>();
        changes.forEach(c -> {
            if (c.fromNurseId() != null) {
                nurses.add(c.fromNurseId());
            }
            if (c.toNurseId() != null) {
                nurses.add(c.toNurseId());
            }
        });
        List<Long> clients = changes.stream().map(RosterDiff.Change::clientId).distinct().sorted().toList();
        return new RosterDiff(roster.id, roster.basedOnRosterId, now.size(), changes.size(), changes,
                List.copyOf(nurses), clients);
    }
}
