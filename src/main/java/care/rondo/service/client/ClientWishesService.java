package care.rondo.service.client;

import care.rondo.domain.CarePlan;
import care.rondo.domain.Client;
import care.rondo.domain.ClientWishes;
import care.rondo.domain.ContinuityImportance;
import care.rondo.domain.Nurse;
import care.rondo.domain.TimeWish;
import care.rondo.domain.WishesChangedBy;
import care.rondo.service.FieldErrors;
import care.rondo.service.NotFoundException;
import care.rondo.service.NotPermittedException;
import care.rondo.service.TeamGuard;
import care.rondo.service.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "What matters to me": the wishes the team records with a client. Members of her team read and write them (they
 * are as personal as her notes); the solver reads them as soft constraints.
 */
@ApplicationScoped
public class ClientWishesService {

    /** A few words, not a care record. */
    public static final int OWN_WORDS_MAX = 500;

    @Inject
    TeamGuard guard;

    @Inject
    Clock clock;

    public record WishesData(List<TimeWish> timeWishes, List<Long> likedNurseIds, List<Long> avoidedNurseIds,
                             ContinuityImportance continuityImportance, String ownWords) {
    }

    /** Her wishes; an unsaved, empty set (version 0) when none are recorded yet. */
    @Transactional
    public ClientWishes get(long teamId, long clientId) {
        guard.readable(teamId);
        requireMember(teamId);
        Client client = client(teamId, clientId);
        return stored(client.id).orElseGet(() -> empty(client));
    }

    @Transactional
    public ClientWishes update(long teamId, long clientId, Long expectedVersion, WishesData data) {
        guard.plannable(teamId);
        Client client = client(teamId, clientId);
        ClientWishes wishes = lockForWrite(client).wishes();
        if (expectedVersion != null) {
            Versions.check("The client's wishes", wishes.version, expectedVersion, wishes);
        }
        return save(client, data, WishesChangedBy.TEAM);
    }

    /** Her wishes row, locked for this transaction; {@code created}: it was made just now, empty, at version 0. */
    record Locked(ClientWishes wishes, boolean created) {
    }

    /**
     * Locks her wishes row for a write, first creating it empty (version 0, what is shown before anything is saved)
     * when none is stored yet. Two first saves thus queue on one row: the first moves it to version 1, the second
     * reads that version after the first commits and its version 0 is stale (409), instead of both inserting. Call it
     * before anything else of the transaction reads her wishes, so that the version checked is the locked one.
     */
    Locked lockForWrite(Client client) {
        EntityManager em = ClientWishes.getEntityManager();
        int created = em.createNativeQuery("INSERT INTO client_wishes (client_id, team_id, updated_at) "
                        + "VALUES (?1, ?2, ?3) ON CONFLICT (client_id) DO NOTHING")
                .setParameter(1, client.id).setParameter(2, client.teamId)
                .setParameter(3, clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
                .executeUpdate();
        return new Locked(em.find(ClientWishes.class, client.id, LockModeType.PESSIMISTIC_WRITE), created == 1);
    }

    /**
     * Checks and replaces her wishes as {@code by} (no team check, no version check: callers lock the row with
     * {@link #lockForWrite} and check the version); every broken rule is named at once and nothing is written then.
     */
    @Transactional
    ClientWishes save(Client client, WishesData data, WishesChangedBy by) {
        validate(client, data);
        ClientWishes wishes = stored(client.id).orElseGet(() -> lockForWrite(client).wishes());
        apply(wishes, data, by);
        ClientWishes.getEntityManager().flush();
        return wishes;
    }

    /** The wishes of a client, if any are stored (no team check: callers do it). */
    public static java.util.Optional<ClientWishes> stored(long clientId) {
        return ClientWishes.findByIdOptional(clientId);
    }

    private void requireMember(long teamId) {
        if (!guard.maySeeClientNotes(teamId)) {
            throw new NotPermittedException("Only members of the client's team read her wishes");
        }
    }

    private static Client client(long teamId, long clientId) {
        return Client.findInTeam(teamId, clientId).orElseThrow(() -> new NotFoundException("Client", clientId));
    }

    ClientWishes empty(Client client) {
        ClientWishes wishes = new ClientWishes();
        wishes.clientId = client.id;
        wishes.teamId = client.teamId;
        wishes.updatedAt = clock.instant();
        return wishes;
    }

    private void apply(ClientWishes wishes, WishesData data, WishesChangedBy by) {
        wishes.timeWishes = data.timeWishes() == null ? new ArrayList<>() : new ArrayList<>(data.timeWishes());
        wishes.likedNurseIds = distinct(data.likedNurseIds());
        wishes.avoidedNurseIds = distinct(data.avoidedNurseIds());
        wishes.continuityImportance = data.continuityImportance() == null ? ContinuityImportance.USUAL
                : data.continuityImportance();
        wishes.ownWords = data.ownWords() == null || data.ownWords().isBlank() ? null : data.ownWords().trim();
        wishes.updatedAt = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        wishes.lastChangedBy = by;
    }

    private static void validate(Client client, WishesData data) {
        FieldErrors errors = new FieldErrors();
        List<TimeWish> times = data.timeWishes() == null ? List.of() : data.timeWishes();
        Map<Long, CarePlan> plans = new HashMap<>();
        CarePlan.<CarePlan>list("clientId = ?1 and teamId = ?2", client.id, client.teamId).forEach(p -> plans.put(p.id, p));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < times.size(); i++) {
            TimeWish wish = times.get(i);
            String field = "timeWishes[" + i + "]";
            CarePlan plan = plans.get(wish.carePlanId());
            if (plan == null) {
                errors.add(field + ".carePlanId", "must name a care plan of this client");
            } else if (wish.weekday() != null && !daysOf(plan).contains(wish.weekday())) {
                errors.add(field + ".weekday", "must be a day the care plan has visits on");
            }
            if (wish.notBefore() == null && wish.notAfter() == null) {
                errors.add(field, "needs notBefore, notAfter or both");
            } else if (wish.notBefore() != null && wish.notAfter() != null && wish.notBefore().isAfter(wish.notAfter())) {
                errors.add(field + ".notAfter", "must not be before notBefore");
            }
            if (!seen.add(wish.carePlanId() + "/" + wish.weekday())) {
                errors.add(field, "repeats a wish for the same care plan and weekday");
            }
        }
        List<Long> liked = distinct(data.likedNurseIds());
        List<Long> avoided = distinct(data.avoidedNurseIds());
        Set<Long> all = new HashSet<>(liked);
        all.addAll(avoided);
        Set<Long> teamNurses = new HashSet<>();
        if (!all.isEmpty()) {
            Nurse.<Nurse>list("teamId = ?1 and id in ?2", client.teamId, all).forEach(n -> teamNurses.add(n.id));
        }
        checkNurses("likedNurseIds", data.likedNurseIds(), teamNurses, errors);
        checkNurses("avoidedNurseIds", data.avoidedNurseIds(), teamNurses, errors);
        List<Long> avoidedAsSent = data.avoidedNurseIds() == null ? List.of() : data.avoidedNurseIds();
        for (int i = 0; i < avoidedAsSent.size(); i++) {
            if (liked.contains(avoidedAsSent.get(i))) {
                errors.add("avoidedNurseIds[" + i + "]", "is also a liked nurse");
            }
        }
        List<Long> likedAsSent = data.likedNurseIds() == null ? List.of() : data.likedNurseIds();
        for (int i = 0; i < likedAsSent.size(); i++) {
            if (client.refusedNurseIds.contains(likedAsSent.get(i))) {
                errors.add("likedNurseIds[" + i + "]", "is a nurse the team never plans with this client");
            }
        }
        if (data.ownWords() != null && data.ownWords().trim().length() > OWN_WORDS_MAX) {
            errors.add("ownWords", "must be at most " + OWN_WORDS_MAX + " characters");
        }
        errors.throwIfAny();
    }

    /** The weekdays a care plan has visits on, in week order: every day when it names none. */
    public static List<DayOfWeek> daysOf(CarePlan plan) {
        return plan.days == null || plan.days.isEmpty() ? List.of(DayOfWeek.values())
                : java.util.Arrays.stream(DayOfWeek.values()).filter(plan.days::contains).toList();
    }

    private static void checkNurses(String field, List<Long> ids, Set<Long> teamNurses, FieldErrors errors) {
        if (ids == null) {
            return;
        }
        for (int i = 0; i < ids.size(); i++) {
            if (!teamNurses.contains(ids.get(i))) {
                errors.add(field + "[" + i + "]", "must name a nurse of this team");
            }
        }
    }

    private static List<Long> distinct(List<Long> ids) {
        return ids == null ? new ArrayList<>() : new ArrayList<>(new LinkedHashSet<>(ids));
    }
}
