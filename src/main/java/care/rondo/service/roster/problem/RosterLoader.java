package care.rondo.service.roster.problem;

import care.rondo.domain.CarePlan;
import care.rondo.domain.Client;
import care.rondo.domain.ClientWishes;
import care.rondo.domain.LockedNurseDay;
import care.rondo.domain.Nurse;
import care.rondo.domain.NurseAbsence;
import care.rondo.domain.Roster;
import care.rondo.domain.RosterStatus;
import care.rondo.domain.TeamConstraintWeights;
import care.rondo.domain.Visit;
import care.rondo.service.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads what a solve or an analysis of one roster needs, in one transaction (no team check: callers do it). */
@ApplicationScoped
public class RosterLoader {

    @Transactional
    public RosterProblem load(long rosterId) {
        Roster roster = Roster.<Roster>findByIdOptional(rosterId).orElseThrow(() -> new NotFoundException("Roster", rosterId));
        List<Visit> visits = Visit.list("rosterId = ?1 and cancelled = false order by id", rosterId);
        List<Nurse> nurses = Nurse.list("teamId = ?1 and archived = false order by id", roster.teamId);
        WeekClock clock = WeekClock.of(roster.weekStart, ZoneId.of(roster.timeZone));
        Instant weekEnd = clock.weekStart().atZone(clock.zone()).plusWeeks(1).toInstant();
        List<NurseAbsence> absences = NurseAbsence.list("teamId = ?1 and startsAt < ?2 and endsAt > ?3",
                roster.teamId, weekEnd, clock.weekStart());
        Set<Long> clientIds = visits.stream().map(v -> v.clientId).collect(Collectors.toSet());
        Map<Long, Client> clients = clientIds.isEmpty() ? Map.of()
                : Client.<Client>list("id in ?1", clientIds).stream().collect(Collectors.toMap(c -> c.id, c -> c));
        return new RosterProblem(roster, visits, nurses,
                absences.stream().collect(Collectors.groupingBy(a -> a.nurseId)), clients,
                ConstraintWeightsService.effective(TeamConstraintWeights.findById(roster.teamId)), lastWeekNurses(roster),
                LockedNurseDay.<LockedNurseDay>list("rosterId", rosterId).stream()
                        .map(l -> new RosterProblem.NurseDay(l.nurseId, l.day)).collect(Collectors.toSet()),
                clientIds.isEmpty() ? Map.of() : ClientWishes.<ClientWishes>list("clientId in ?1", clientIds).stream()
                        .collect(Collectors.toMap(w -> w.clientId, w -> w)));
    }

    /** Per client, the nurses who visited in the accepted roster of the week before (continuity). */
    static Map<Long, Set<Long>> lastWeekNurses(Roster roster) {
        Roster previous = Roster.find("teamId = ?1 and weekStart = ?2 and status = ?3 order by id desc",
                roster.teamId, roster.weekStart.minusWeeks(1), RosterStatus.ACCEPTED).firstResult();
        Map<Long, Set<Long>> result = new HashMap<>();
        if (previous != null) {
            List<Visit> visits = Visit.list("rosterId = ?1 and nurseId is not null and cancelled = false", previous.id);
            visits.forEach(v -> result.computeIfAbsent(v.clientId, k -> new HashSet<>()).add(v.nurseId));
        }
        return result;
    }

    /** Active care plans of active clients of the team, as visit generation input. */
    @Transactional
    public List<CarePlanInput> carePlans(long teamId) {
        Set<Long> activeClients = Client.<Client>list("teamId = ?1 and archived = false", teamId).stream()
                .map(c -> c.id).collect(Collectors.toSet());
        return CarePlan.<CarePlan>list("teamId = ?1 and archived = false order by id", teamId).stream()
                .filter(p -> activeClients.contains(p.clientId))
                .map(RosterLoader::input).toList();
    }

    private static CarePlanInput input(CarePlan p) {
        CarePlanInput.FollowUp followUp = p.followupMinGapMinutes == null ? null
                : new CarePlanInput.FollowUp(p.followupMinGapMinutes, p.followupMaxGapMinutes,
                p.followupDurationMinutes);
        return new CarePlanInput(p.id, p.clientId, Set.copyOf(p.days),
                p.windows.stream().map(w -> new CarePlanInput.Window(w.from(), w.to())).toList(),
                p.durationMinutes, p.minLevel, p.skills, p.nursesNeeded, followUp, p.priority, p.validFrom,
                p.validUntil);
    }
}
