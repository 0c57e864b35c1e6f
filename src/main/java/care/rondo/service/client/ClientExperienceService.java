package care.rondo.service.client;

import care.rondo.domain.Client;
import care.rondo.domain.ClientWishes;
import care.rondo.domain.Nurse;
import care.rondo.domain.RosterStatus;
import care.rondo.domain.Team;
import care.rondo.domain.TimeWish;
import care.rondo.domain.Visit;
import care.rondo.security.TeamAccess;
import care.rondo.service.FieldErrors;
import care.rondo.service.NotFoundException;
import care.rondo.service.NotPermittedException;
import care.rondo.service.TeamGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The client's side of the last weeks, from the accepted rosters: how often each kind of wish was met and which
 * nurses she saw how often. Her team sees it per client; coordinators see only the tally across teams, with no
 * client or nurse in it.
 */
@ApplicationScoped
public class ClientExperienceService {

    public static final int DEFAULT_WEEKS = 8;
    public static final int MAX_WEEKS = 52;

    /** Visits a wish applied to, and of those the visits that met it. */
    public record WishTally(long applicable, long met) {
        WishTally plus(boolean applies, boolean wasMet) {
            return applies ? new WishTally(applicable + 1, met + (wasMet ? 1 : 0)) : this;
        }

        WishTally plus(WishTally other) {
            return new WishTally(applicable + other.applicable, met + other.met);
        }
    }

    public record NurseSeen(long nurseId, String firstName, long visits) {
    }

    public record ClientExperience(long clientId, String fromWeek, String toWeek, long visits, WishTally timeOfDay,
                             WishTally likedNurse, WishTally avoidedNurse, List<NurseSeen> nurses) {
    }

    public record ExperienceAcrossTeams(String fromWeek, String toWeek, long teams, long clientsWithWishes, long visits,
                            WishTally timeOfDay, WishTally likedNurse, WishTally avoidedNurse) {
    }

    @Inject
    TeamGuard guard;

    @Inject
    TeamAccess access;

    @Inject
    Clock clock;

    @Transactional
    public ClientExperience forClient(long teamId, long clientId, int weeks) {
        Team team = guard.readable(teamId);
        if (!guard.maySeeClientNotes(teamId)) {
            throw new NotPermittedException("Only her own team sees one client's experience; coordinators see the "
                    + "tally across teams");
        }
        Client client = Client.findInTeam(teamId, clientId).orElseThrow(() -> new NotFoundException("Client", clientId));
        Range range = range(weeks, ZoneId.of(team.timeZone));
        Optional<ClientWishes> wishes = ClientWishesService.stored(client.id);
        List<Visit> visits = acceptedVisits(List.of(client.id), range);
        Tallies tallies = tally(visits, wishes.map(w -> Map.of(client.id, w)).orElse(Map.of()), range.zone());
        Map<Long, Long> seen = new HashMap<>();
        visits.forEach(v -> seen.merge(v.nurseId, 1L, Long::sum));
        Map<Long, String> names = new HashMap<>();
        Nurse.<Nurse>list("id in ?1", seen.keySet()).forEach(n -> names.put(n.id, ClientLinkService.firstName(n.name)));
        List<NurseSeen> nurses = seen.entrySet().stream()
                .map(e -> new NurseSeen(e.getKey(), names.getOrDefault(e.getKey(), ""), e.getValue()))
                .sorted(Comparator.comparingLong(NurseSeen::visits).reversed().thenComparing(NurseSeen::nurseId))
                .toList();
        return new ClientExperience(client.id, range.fromWeek(), range.toWeek(), visits.size(), tallies.timeOfDay,
                tallies.liked, tallies.avoided, nurses);
    }

    @Transactional
    public ExperienceAcrossTeams acrossTeams(int weeks) {
        if (!access.mayReadAllTeams()) {
            throw new NotPermittedException("Only coordinators and admins see the tally across teams");
        }
        Tallies total = new Tallies();
        long visitCount = 0;
        long clients = 0;
        Set<Long> teams = new HashSet<>();
        Range anyRange = range(weeks, ZoneId.of("UTC"));
        for (Team team : Team.<Team>listAll()) {
            Range range = range(weeks, ZoneId.of(team.timeZone));
            Map<Long, ClientWishes> wishes = new HashMap<>();
            ClientWishes.<ClientWishes>list("teamId", team.id).forEach(w -> wishes.put(w.clientId, w));
            if (wishes.isEmpty()) {
                continue;
            }
            List<Visit> visits = acceptedVisits(new ArrayList<>(wishes.keySet()), range);
            Tallies tallies = tally(visits, wishes, range.zone());
            total = total.plus(tallies);
            visitCount += visits.size();
            clients += wishes.size();
            teams.add(team.id);
        }
        return new ExperienceAcrossTeams(anyRange.fromWeek(), anyRange.toWeek(), teams.size(), clients, visitCount,
                total.timeOfDay, total.liked, total.avoided);
    }

    public static int weeks(Integer requested) {
        int weeks = requested == null ? DEFAULT_WEEKS : requested;
        if (weeks < 1 || weeks > MAX_WEEKS) {
            FieldErrors errors = new FieldErrors();
            errors.add("weeks", "must be between 1 and " + MAX_WEEKS);
            errors.throwIfAny();
        }
        return weeks;
    }

    private record Range(LocalDate from, LocalDate to, ZoneId zone) {
        String fromWeek() {
            return isoWeek(from);
        }

        String toWeek() {
            return isoWeek(to);
        }

        private static String isoWeek(LocalDate monday) {
            return String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                    monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }
    }

    /** The {@code weeks} weeks that end with this one, in the team's zone: Mondays of the first and last. */
    private Range range(int weeks, ZoneId zone) {
        LocalDate thisMonday = LocalDate.now(clock.withZone(zone)).with(TemporalAdjusters.previousOrSame(
                DayOfWeek.MONDAY));
        return new Range(thisMonday.minusWeeks(weeks - 1L), thisMonday, zone);
    }

    private static List<Visit> acceptedVisits(List<Long> clientIds, Range range) {
        return Visit.list("clientId in ?1 and cancelled = false and nurseId is not null and plannedStart is not null "
                + "and rosterId in (select r.id from Roster r where r.status = ?2 and r.weekStart between ?3 and ?4)",
                clientIds, RosterStatus.ACCEPTED, range.from(), range.to());
    }

    private static final class Tallies {
        WishTally timeOfDay = new WishTally(0, 0);
        WishTally liked = new WishTally(0, 0);
        WishTally avoided = new WishTally(0, 0);

        Tallies plus(Tallies other) {
            Tallies sum = new Tallies();
            sum.timeOfDay = timeOfDay.plus(other.timeOfDay);
            sum.liked = liked.plus(other.liked);
            sum.avoided = avoided.plus(other.avoided);
            return sum;
        }
    }

    private static Tallies tally(List<Visit> visits, Map<Long, ClientWishes> wishesByClient, ZoneId zone) {
        Tallies tallies = new Tallies();
        for (Visit visit : visits) {
            ClientWishes wishes = wishesByClient.get(visit.clientId);
            if (wishes == null) {
                continue;
            }
            ZonedDateTime start = visit.plannedStart.atZone(zone);
            Optional<TimeWish> timeWish = timeWish(wishes.timeWishes, visit.carePlanId, start.getDayOfWeek());
            tallies.timeOfDay = tallies.timeOfDay.plus(timeWish.isPresent(),
                    timeWish.map(w -> met(w, start.toLocalTime())).orElse(false));
            tallies.liked = tallies.liked.plus(!wishes.likedNurseIds.isEmpty(),
                    wishes.likedNurseIds.contains(visit.nurseId));
            tallies.avoided = tallies.avoided.plus(!wishes.avoidedNurseIds.isEmpty(),
                    !wishes.avoidedNurseIds.contains(visit.nurseId));
        }
        return tallies;
    }

    /** The wish for this care plan and weekday: a weekday's own wish before the every-day one. */
    static Optional<TimeWish> timeWish(List<TimeWish> wishes, Long carePlanId, DayOfWeek day) {
        if (carePlanId == null) {
            return Optional.empty();
        }
        Optional<TimeWish> ofTheDay = wishes.stream()
                .filter(w -> w.carePlanId() == carePlanId && day.equals(w.weekday())).findFirst();
        return ofTheDay.or(() -> wishes.stream()
                .filter(w -> w.carePlanId() == carePlanId && w.weekday() == null).findFirst());
    }

    static boolean met(TimeWish wish, LocalTime start) {
        return (wish.notBefore() == null || !start.isBefore(wish.notBefore()))
                && (wish.notAfter() == null || !start.isAfter(wish.notAfter()));
    }
}
