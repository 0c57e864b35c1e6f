package care.rondo.service.client;

import care.rondo.domain.CancellationRequest;
import care.rondo.domain.Client;
import care.rondo.domain.ClientLink;
import care.rondo.domain.ClientLinkAccess;
import care.rondo.domain.Team;
import care.rondo.export.ExportRow;
import care.rondo.service.ConflictException;
import care.rondo.service.NotFoundException;
import care.rondo.service.TeamGuard;
import care.rondo.service.export.AcceptedVisits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The client view's secret link, like the nurse's calendar feed: the team creates (or rotates) it for the client
 * or a named relative, the token is shown once and only its SHA-256 kept, revoking or archiving the client ends it.
 * Whoever holds it sees this week's and next week's visits of the accepted roster: the day, a time range rather than
 * the exact minute, and the nurse's first name. Nothing else: no other client, no team internals. Every use is
 * audited as a {@link ClientLinkAccess} row (the link and the moment; nothing personal is logged).
 */
@ApplicationScoped
public class ClientLinkService {

    /** The range shown: the planned start rounded down to this, and an hour from there. */
    static final int RANGE_STEP_MINUTES = 30;
    static final int RANGE_LENGTH_MINUTES = 60;

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    TeamGuard guard;

    @Inject
    Clock clock;

    @Inject
    AcceptedVisits accepted;

    @Inject
    ClientLinkAudit audit;

    @Inject
    care.rondo.security.CurrentUser user;

    public record Issued(String token, ClientLink link) {
    }

    public record LinkState(ClientLink link, Instant lastOpenedAt, long opened) {
    }

    /** One visit as the client reads it; {@code visitId} is the visit's identity across re-plans. */
    /** {@code cancellation}: null, or the state of her request that it is not needed (OPEN, DECLINED). */
    public record ClientVisit(long visitId, LocalDate date, LocalTime from, LocalTime to, List<String> nurses,
                              String cancellation) {
    }

    public record ClientWeek(String isoWeek, LocalDate monday, List<ClientVisit> visits) {
    }

    public record ClientVisits(String relativeName, String timeZone, LocalDate today, List<ClientWeek> weeks) {
    }

    /** What a valid token opens (no team check: the token is the credential). */
    public record Opened(ClientLink link, Client client, Team team) {
    }

    /** {@code mayEditWishes}: whoever holds the new link may change the client's wishes (the team's choice). */
    @Transactional
    public Issued rotate(long teamId, long clientId, String relativeName, boolean mayEditWishes) {
        guard.plannable(teamId);
        Client client = client(teamId, clientId);
        if (client.archived) {
            throw new ConflictException("An archived client has no client view; restore her first");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        ClientLink.revokeAll(clientId, now);
        ClientLink.flush();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ClientLink link = new ClientLink();
        link.clientId = clientId;
        link.teamId = teamId;
        link.tokenHash = hash(token);
        link.relativeName = relativeName == null || relativeName.isBlank() ? null : relativeName.trim();
        link.createdAt = now;
        link.mayEditWishes = mayEditWishes;
        link.persist();
        return new Issued(token, link);
    }

    /**
     * Lets the holder of the client's live link change her wishes, or stops it, without a new link; recorded in the
     * team's history (who, which client, on or off). 404 when she has no live link.
     */
    @Transactional
    public LinkState allowWishes(long teamId, long clientId, boolean mayEditWishes) {
        guard.plannable(teamId);
        client(teamId, clientId);
        ClientLink link = ClientLink.findLiveOfClient(clientId)
                .orElseThrow(() -> new NotFoundException("Client link", "of client " + clientId));
        if (link.mayEditWishes != mayEditWishes) {
            link.mayEditWishes = mayEditWishes;
            care.rondo.domain.RosterEvent.record(teamId, null, "CLIENT_LINK_WISHES_EDITING", user.username(), null,
                    Map.of("clientId", clientId, "linkId", link.id, "mayEditWishes", mayEditWishes));
        }
        return state(teamId, clientId);
    }

    @Transactional
    public void revoke(long teamId, long clientId) {
        guard.plannable(teamId);
        client(teamId, clientId);
        if (ClientLink.revokeAll(clientId, clock.instant().truncatedTo(ChronoUnit.SECONDS)) == 0) {
            throw new NotFoundException("Client link", "of client " + clientId);
        }
    }

    /** The live link of a client, with how often and when it was last opened; 404 when she has none. */
    @Transactional
    public LinkState state(long teamId, long clientId) {
        guard.plannable(teamId);
        client(teamId, clientId);
        ClientLink link = ClientLink.findLiveOfClient(clientId)
                .orElseThrow(() -> new NotFoundException("Client link", "of client " + clientId));
        Optional<ClientLinkAccess> last = ClientLinkAccess.find("linkId = ?1 order by id desc", link.id)
                .firstResultOptional();
        return new LinkState(link, last.map(a -> a.accessedAt).orElse(null),
                ClientLinkAccess.count("linkId", link.id));
    }

    /** Every use of every link of the client, newest first (the audit a subject-access request also shows). */
    @Transactional
    public List<ClientLinkAccess> accesses(long teamId, long clientId, int limit) {
        guard.plannable(teamId);
        client(teamId, clientId);
        return ClientLinkAccess.<ClientLinkAccess>find("linkId in (select l.id from ClientLink l where l.clientId = ?1)"
                + " order by id desc", clientId).page(0, limit).list();
    }

    /** The client view behind a token, audited; 404 for unknown, revoked and archived alike. */
    @Transactional
    public ClientVisits view(String token) {
        Opened opened = open(token, ClientLinkAccess.VIEW);
        ZoneId zone = ZoneId.of(opened.team().timeZone);
        LocalDate monday = monday(zone);
        Map<Long, String> requests = new java.util.HashMap<>();
        CancellationRequest.<CancellationRequest>list("clientId = ?1 order by id", opened.client().id)
                .forEach(r -> requests.put(r.lineageId, r.status));
        Map<String, ClientVisit> visits = new LinkedHashMap<>();
        visibleVisits(opened).forEach(r -> {
            LocalTime start = r.start().atZone(zone).toLocalTime();
            LocalTime from = start.truncatedTo(ChronoUnit.HOURS)
                    .plusMinutes(start.getMinute() / RANGE_STEP_MINUTES * RANGE_STEP_MINUTES);
            String key = r.date() + " " + from;
            ClientVisit same = visits.get(key);
            if (same != null && r.partnerNurseName() != null) {
                return; // the other half of a double-handed visit: one visit, two nurses, already listed
            }
            List<String> nurses = new ArrayList<>(List.of(firstName(r.nurseName())));
            if (r.partnerNurseName() != null) {
                nurses.add(firstName(r.partnerNurseName()));
            }
            visits.put(same == null ? key : key + "#" + r.lineageId(), new ClientVisit(r.lineageId(), r.date(), from,
                    from.plusMinutes(RANGE_LENGTH_MINUTES), List.copyOf(nurses), requests.get(r.lineageId())));
        });
        List<ClientWeek> weeks = new ArrayList<>();
        for (LocalDate week : List.of(monday, monday.plusWeeks(1))) {
            String iso = week.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                    + String.format("%02d", week.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            weeks.add(new ClientWeek(iso, week, visits.values().stream()
                    .filter(v -> !v.date().isBefore(week) && v.date().isBefore(week.plusWeeks(1))).toList()));
        }
        return new ClientVisits(opened.link().relativeName, zone.getId(), LocalDate.now(clock.withZone(zone)), weeks);
    }

    /**
     * Her planned visits of this and next week in the newest accepted rosters, in time order; a visit whose
     * cancellation the team confirmed is gone from her view at once, before the re-plan is accepted.
     */
    List<ExportRow> visibleVisits(Opened opened) {
        ZoneId zone = ZoneId.of(opened.team().timeZone);
        LocalDate monday = monday(zone);
        List<ExportRow> rows;
        try (Stream<ExportRow> stream = accepted.stream(new AcceptedVisits.Selection(List.of(opened.team().id), null,
                monday, monday.plusDays(13), null, false))) {
            rows = stream.filter(r -> r.clientId() == opened.client().id && r.status() == ExportRow.Status.PLANNED)
                    .toList();
        }
        java.util.Set<Long> confirmed = CancellationRequest.confirmedLineages(
                rows.stream().map(ExportRow::lineageId).distinct().toList());
        return rows.stream().filter(r -> !confirmed.contains(r.lineageId()))
                .sorted(java.util.Comparator.comparing(ExportRow::start)).toList();
    }

    private LocalDate monday(ZoneId zone) {
        return LocalDate.now(clock.withZone(zone)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /**
     * Checks a token and audits the use: the live link of an active client, else 404 (unknown, revoked and archived
     * answer alike, so a link reveals nothing once it stops working).
     */
    @Transactional
    public Opened open(String token, String action) {
        ClientLink link = ClientLink.findLive(hash(token == null ? "" : token))
                .orElseThrow(() -> new NotFoundException("Client view", "token"));
        Client client = Client.findById(link.clientId);
        if (client == null || client.archived) {
            throw new NotFoundException("Client view", "token");
        }
        audit.record(link.id, action);
        return new Opened(link, client, Team.findById(client.teamId));
    }

    static String firstName(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        return name.trim().split("\\s+")[0];
    }

    private static Client client(long teamId, long clientId) {
        return Client.findInTeam(teamId, clientId).orElseThrow(() -> new NotFoundException("Client", clientId));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
