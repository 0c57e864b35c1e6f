package care.rondo.service.mobile;

import care.rondo.domain.CalendarFeed;
import care.rondo.domain.Nurse;
import care.rondo.service.NotFoundException;
import care.rondo.service.export.AcceptedVisits;
import care.rondo.service.export.ExportFormat;
import care.rondo.service.export.ExportService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * A nurse's secret calendar subscription. The token is shown once and only its SHA-256 is stored; rotating
 * revokes the previous URL. The feed shows her accepted visits from four weeks back to eight weeks ahead and
 * never client notes: calendar apps copy events to servers the team does not control.
 */
@ApplicationScoped
public class CalendarFeedService {

    @jakarta.inject.Inject
    java.time.Clock clock;

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    CurrentNurse currentNurse;

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

    /** The export behind a feed URL; 404 for unknown and revoked tokens alike. */
    @Transactional
    public ExportService.Plan plan(String token) {
        CalendarFeed feed = CalendarFeed.findLive(hash(token))
                .orElseThrow(() -> new NotFoundException("Calendar feed", "token"));
        Nurse nurse = Nurse.findById(feed.nurseId);
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(care.rondo.domain.Team.<care.rondo.domain.Team>findById(nurse.teamId).timeZone)));
        var selection = new AcceptedVisits.Selection(List.of(nurse.teamId), null, today.minusWeeks(4),
                today.plusWeeks(8), nurse.id, false);
        return new ExportService.Plan(selection, ExportFormat.ICS, "calendar-feed:" + feed.id, "feed",
                "rondo-visits.ics");
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
