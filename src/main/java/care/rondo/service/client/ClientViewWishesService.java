package care.rondo.service.client;

import care.rondo.domain.CarePlan;
import care.rondo.domain.Client;
import care.rondo.domain.ClientLink;
import care.rondo.domain.ClientLinkAccess;
import care.rondo.domain.ClientWishes;
import care.rondo.domain.ContinuityImportance;
import care.rondo.domain.Nurse;
import care.rondo.domain.RosterEvent;
import care.rondo.domain.RosterStatus;
import care.rondo.domain.TimeWish;
import care.rondo.domain.Visit;
import care.rondo.domain.WishesChangedBy;
import care.rondo.service.FieldErrors;
import care.rondo.service.NotPermittedException;
import care.rondo.service.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * "What matters to me" through the client view's link: the client or her relative reads her wishes and, where the
 * team allows it on the link, changes them. She sees only what is hers: her care plans (by their plain name), her
 * time-of-day wishes, how much continuity matters to her, her own words, and as nurses the first names of those who
 * visited her in the accepted rosters of the recent weeks (and of those she already named), each behind a key that
 * means something only to this link; never the team's list of nurses, never a nurse's id, never the team's hard
 * refusal. What she cannot see (wishes on an archived care plan, a refused nurse she would rather not see) is kept
 * as it is when she saves. Every use is audited; a change is recorded in the team's history as the link's.
 */
@ApplicationScoped
public class ClientViewWishesService {

    /** The accepted weeks whose nurses she may name: these recent ones, up to and including next week. */
    static final int RECENT_WEEKS = ClientExperienceService.DEFAULT_WEEKS;

    @Inject
    ClientLinkService links;

    @Inject
    ClientWishesService wishes;

    @Inject
    Clock clock;

    /** {@code days}: the weekdays the plan has visits on, in week order (every day when the plan names none). */
    public record CarePlanChoice(long carePlanId, String name, List<DayOfWeek> days) {
    }

    /** {@code key}: opaque, stable for this link only. */
    public record NurseChoice(String key, String firstName, boolean liked, boolean avoided) {
    }

    public record OwnWishes(boolean editable, List<CarePlanChoice> carePlans, List<TimeWish> timeWishes,
                            ContinuityImportance continuityImportance, String ownWords, List<NurseChoice> nurses,
                            Instant updatedAt, long version) {
    }

    /** What she sends: nurses by the keys she was shown. */
    public record OwnWishesData(List<TimeWish> timeWishes, List<String> likedNurses, List<String> avoidedNurses,
                                ContinuityImportance continuityImportance, String ownWords) {
    }

    /** Her wishes as the link shows them, audited; 404 for an unknown, revoked or archived link. */
    @Transactional
    public OwnWishes get(String token) {
        ClientLinkService.Opened opened = links.open(token, ClientLinkAccess.WISHES_VIEW);
        return view(opened, current(opened.client()));
    }

    /**
     * Replaces what she may change; 403 unless the team allows it on this link, 409 on a stale version, 400 naming
     * each invalid field (nothing written then). The attempt is audited whatever its outcome.
     */
    @Transactional
    public OwnWishes update(String token, long expectedVersion, OwnWishesData data) {
        ClientLinkService.Opened opened = links.open(token, ClientLinkAccess.WISHES_UPDATE);
        if (!opened.link().mayEditWishes) {
            throw new NotPermittedException("The team has not enabled changing wishes through this link; "
                    + "please ask the team");
        }
        Client client = opened.client();
        ClientWishesService.Locked locked = wishes.lockForWrite(client);
        ClientWishes stored = locked.wishes();
        OwnWishes before = view(opened, stored);
        Versions.check("What matters to you", stored.version, expectedVersion, before);

        Map<Long, CarePlan> plans = visiblePlans(client);
        Map<String, Long> nurseKeys = new LinkedHashMap<>();
        nurseIds(opened, stored).keySet().forEach(id -> nurseKeys.put(key(opened.link(), id), id));

        FieldErrors errors = new FieldErrors();
        List<TimeWish> times = data.timeWishes() == null ? List.of() : data.timeWishes();
        for (int i = 0; i < times.size(); i++) {
            if (!plans.containsKey(times.get(i).carePlanId())) {
                errors.add("timeWishes[" + i + "].carePlanId", "must name one of your care plans");
            }
        }
        List<Long> liked = nurses("likedNurses", data.likedNurses(), nurseKeys, errors);
        List<Long> avoided = nurses("avoidedNurses", data.avoidedNurses(), nurseKeys, errors);
        List<String> avoidedKeys = data.avoidedNurses() == null ? List.of() : data.avoidedNurses();
        List<String> likedKeys = data.likedNurses() == null ? List.of() : data.likedNurses();
        for (int i = 0; i < avoidedKeys.size(); i++) {
            if (likedKeys.contains(avoidedKeys.get(i))) {
                errors.add("avoidedNurses[" + i + "]", "is also a nurse you like");
            }
        }
        errors.throwIfAny();

        // what she cannot see stays as it is: wishes on other care plans, nurses outside her list
        Set<Long> shown = new HashSet<>(nurseKeys.values());
        List<TimeWish> mergedTimes = new ArrayList<>(times);
        stored.timeWishes.stream().filter(w -> !plans.containsKey(w.carePlanId())).forEach(mergedTimes::add);
        List<Long> mergedLiked = new ArrayList<>(liked);
        stored.likedNurseIds.stream().filter(id -> !shown.contains(id)).forEach(mergedLiked::add);
        List<Long> mergedAvoided = new ArrayList<>(avoided);
        stored.avoidedNurseIds.stream().filter(id -> !shown.contains(id)).forEach(mergedAvoided::add);
        ClientWishesService.WishesData merged = new ClientWishesService.WishesData(mergedTimes, mergedLiked,
                mergedAvoided, data.continuityImportance(), data.ownWords());

        List<String> changed = changes(stored, merged);
        if (changed.isEmpty()) {
            if (locked.created()) {
                stored.delete(); // nothing was saved: no empty row either
            }
            return before;
        }
        ClientWishes saved = wishes.save(client, merged, WishesChangedBy.CLIENT_LINK);
        // the team's history says that, what and through which link, not the content: her words are for her team
        RosterEvent.record(client.teamId, null, "CLIENT_WISHES_CHANGED", "client-link:" + opened.link().id, null,
                Map.of("clientId", client.id, "linkId", opened.link().id, "changed", changed));
        return view(opened, saved);
    }

    private ClientWishes current(Client client) {
        return ClientWishesService.stored(client.id).orElseGet(() -> wishes.empty(client));
    }

    private OwnWishes view(ClientLinkService.Opened opened, ClientWishes stored) {
        Client client = opened.client();
        Map<Long, CarePlan> plans = visiblePlans(client);
        List<CarePlanChoice> planChoices = plans.values().stream()
                .map(p -> new CarePlanChoice(p.id, p.description, ClientWishesService.daysOf(p))).toList();
        List<TimeWish> times = stored.timeWishes.stream().filter(w -> plans.containsKey(w.carePlanId())).toList();
        List<NurseChoice> nurses = new ArrayList<>();
        nurseIds(opened, stored).forEach((id, firstName) -> nurses.add(new NurseChoice(
                key(opened.link(), id), firstName, stored.likedNurseIds.contains(id),
                stored.avoidedNurseIds.contains(id))));
        nurses.sort(Comparator.comparing(NurseChoice::firstName).thenComparing(NurseChoice::key));
        return new OwnWishes(opened.link().mayEditWishes, planChoices, times, stored.continuityImportance,
                stored.ownWords, List.copyOf(nurses), stored.updatedAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                stored.version);
    }

    /** Her care plans that are still in force, in the order they were made. */
    private static Map<Long, CarePlan> visiblePlans(Client client) {
        Map<Long, CarePlan> plans = new LinkedHashMap<>();
        CarePlan.<CarePlan>list("clientId = ?1 and teamId = ?2 and archived = false order by id", client.id,
                client.teamId).forEach(p -> plans.put(p.id, p));
        return plans;
    }

    /**
     * The nurses she may name, id to first name: of her team, who visited her (or will next week) in the accepted
     * rosters of the recent weeks, and those she already likes or avoids; never one the team refused for her.
     */
    private Map<Long, String> nurseIds(ClientLinkService.Opened opened, ClientWishes stored) {
        Client client = opened.client();
        ZoneId zone = ZoneId.of(opened.team().timeZone);
        LocalDate monday = LocalDate.now(clock.withZone(zone)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Set<Long> ids = new LinkedHashSet<>();
        Visit.<Visit>list("clientId = ?1 and cancelled = false and nurseId is not null and rosterId in (select r.id "
                        + "from Roster r where r.teamId = ?2 and r.status = ?3 and r.weekStart between ?4 and ?5)",
                client.id, client.teamId, RosterStatus.ACCEPTED, monday.minusWeeks(RECENT_WEEKS - 1L),
                monday.plusWeeks(1)).forEach(v -> ids.add(v.nurseId));
        ids.addAll(stored.likedNurseIds);
        ids.addAll(stored.avoidedNurseIds);
        client.refusedNurseIds.forEach(ids::remove);
        Map<Long, String> names = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        Nurse.<Nurse>list("teamId = ?1 and id in ?2 order by id", client.teamId, ids).stream()
                .filter(n -> !n.archived || stored.likedNurseIds.contains(n.id) || stored.avoidedNurseIds.contains(n.id))
                .forEach(n -> names.put(n.id, ClientLinkService.firstName(n.name)));
        return names;
    }

    private static List<Long> nurses(String field, List<String> keys, Map<String, Long> known, FieldErrors errors) {
        List<Long> ids = new ArrayList<>();
        if (keys == null) {
            return ids;
        }
        for (int i = 0; i < keys.size(); i++) {
            Long id = known.get(keys.get(i));
            if (id == null) {
                errors.add(field + "[" + i + "]", "must be one of the nurses listed");
            } else if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** Which of her wishes the write changes, by field name (what the team's history shows). */
    private static List<String> changes(ClientWishes stored, ClientWishesService.WishesData next) {
        List<String> changed = new ArrayList<>();
        if (!new HashSet<>(stored.timeWishes).equals(new HashSet<>(next.timeWishes()))) {
            changed.add("timeWishes");
        }
        if (!new HashSet<>(stored.likedNurseIds).equals(new HashSet<>(next.likedNurseIds()))) {
            changed.add("likedNurses");
        }
        if (!new HashSet<>(stored.avoidedNurseIds).equals(new HashSet<>(next.avoidedNurseIds()))) {
            changed.add("avoidedNurses");
        }
        ContinuityImportance importance = next.continuityImportance() == null ? ContinuityImportance.USUAL
                : next.continuityImportance();
        if (stored.continuityImportance != importance) {
            changed.add("continuityImportance");
        }
        String words = next.ownWords() == null || next.ownWords().isBlank() ? null : next.ownWords().trim();
        if (!Objects.equals(stored.ownWords, words)) {
            changed.add("ownWords");
        }
        return changed;
    }

    /** A nurse's key in this link's view: an HMAC of her id under the link's hash, so it reveals no id. */
    static String key(ClientLink link, long nurseId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(link.tokenHash.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(("nurse:" + nurseId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 12));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
