package care.rondo.service.mobile;

import care.rondo.domain.CalendarFeed;
import care.rondo.domain.Nurse;
import care.rondo.domain.RosterSnapshot;
import care.rondo.domain.Team;
import care.rondo.export.FileHeading;
import care.rondo.service.NotFoundException;
import care.rondo.service.export.AcceptedVisits;
import care.rondo.service.export.ExportFormat;
import care.rondo.service.export.ExportService;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * A nurse's secret calendar subscription. The token is shown once and only its SHA-256 is stored; rotating
 * revokes the previous URL. The feed shows her accepted visits from four weeks back to eight weeks ahead of
 * today in her team's time zone, and never client notes: calendar apps copy events to servers the team does not
 * control.
 */
@ApplicationScoped
public class CalendarFeedService {

    static final int WEEKS_BACK = 4;
    static final int WEEKS_AHEAD = 8;

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Clock clock;

    @Inject
    CurrentNurse currentNurse;

    /**
     * The export behind a feed URL and what a polling calendar app compares: an ETag and a Last-Modified that
     * change when the file would (a newer accepted version in the window, a client or the nurse edited, the window
     * moved on at midnight), so that polls in between get a 304 without a query for the visits.
     */
    public record Feed(ExportService.Plan plan, String etag, Instant lastModified) {
    }

    /** Creates (or rotates to) a new secret token; returns the token itself, never stored. */
    @Transactional
    public String rotate() {
        Me me = currentNurse.require();
        CalendarFeed.revokeAll(me.nurse().id, clock.instant());
        CalendarFeed.flush();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        CalendarFeed feed = new CalendarFeed();
        feed.nurseId = me.nurse().id;
        feed.tokenHash = hash(token);
        feed.persist();
        return token;
    }

    @Transactional
    public void revoke() {
        Me me = currentNurse.require();
        if (CalendarFeed.revokeAll(me.nurse().id, clock.instant()) == 0) {
            throw new NotFoundException("Calendar feed", "of " + me.account().username);
        }
    }

    /** The feed behind a token; 404 for unknown and revoked tokens alike. */
    @Transactional
    public Feed feed(String token) {
        CalendarFeed feed = CalendarFeed.findLive(hash(token))
                .orElseThrow(() -> new NotFoundException("Calendar feed", "token"));
        Nurse nurse = Nurse.findById(feed.nurseId);
        Team team = Team.findById(nurse.teamId);
        ZoneId zone = ZoneId.of(team.timeZone);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate from = today.minusWeeks(WEEKS_BACK);
        LocalDate to = today.plusWeeks(WEEKS_AHEAD);
        var selection = new AcceptedVisits.Selection(List.of(nurse.teamId), null, from, to, nurse.id, false);
        FileHeading heading = new FileHeading("Rondo: visits of " + nurse.name + " (" + team.name + ")", null,
                nurse.id);
        var plan = new ExportService.Plan(selection, ExportFormat.ICS, "calendar-feed:" + feed.id, "feed",
                "rondo-visits.ics", heading);
        List<RosterSnapshot> snapshots = RosterSnapshot.list("teamId = ?1 and weekStart between ?2 and ?3 "
                + "order by id", team.id, from.minusDays(6), to);
        Object clients = Panache.getEntityManager().createQuery("select coalesce(sum(c.version), 0) + count(c) "
                + "from Client c where c.teamId = ?1").setParameter(1, team.id).getSingleResult();
        StringBuilder state = new StringBuilder().append(feed.id).append('/').append(from).append('/').append(to)
                .append("/nurse ").append(nurse.version).append("/team ").append(team.version)
                .append("/clients ").append(clients).append("/snapshots");
        Instant lastModified = today.atStartOfDay(zone).toInstant();
        for (RosterSnapshot snapshot : snapshots) {
            state.append(' ').append(snapshot.id);
            if (snapshot.acceptedAt.isAfter(lastModified)) {
                lastModified = snapshot.acceptedAt;
            }
        }
        return new Feed(plan, hash(state.toString()).substring(0, 32), lastModified.truncatedTo(ChronoUnit.SECONDS));
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
