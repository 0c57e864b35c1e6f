package care.rondo.service.roster.analysis;

import care.rondo.domain.Roster;
import care.rondo.service.roster.analysis.RosterAnalysisService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One analysis per state of a roster (its planning view and OptaPlanner's score explanation: load, map, explain,
 * the expensive part of every read), shared by the board, the KPIs and the explanations, so that a team polling its
 * board while a solve runs, or clicking through day tabs and explanations, does not analyse the same week again for
 * every request. Requests that change the roster (overrides and their previews, acceptance) analyse afresh: an
 * analysis holds the entities it was loaded from, and they would change the shared copy.
 * <p>
 * An analysis is reused only while everything it was built from is unchanged. That is checked per request with one
 * query that hashes the rows themselves (the roster's planning fields, its visits and locked days, the team's
 * nurses, clients, their wishes, absences and weights, and which accepted roster of the week before gives
 * continuity) rather than trusting version columns, because the solver's progress and some status changes are
 * written with bulk updates that do not move any version. Entries are keyed by roster and that hash. The roster's own
 * status fields (status, solver status, version...) are always taken fresh from the request's read of the roster, so
 * the board never shows a stale status or version. Whether road travel times are loaded is part of the key as well.
 * <p>
 * One analysis per roster at a time: requests that miss together wait for the one analysis instead of each
 * computing the same. Cached analyses are only read, never changed.
 * <p>
 * The board's JSON is kept too ({@link #boardJson}), per state of the roster's status fields: writing the ~330 KB
 * board (thousands of timestamps) for every poll was 42% of the server's CPU at 100 requests per second.
 */
@ApplicationScoped
public class RosterAnalysisCache {

    private static final String INPUTS = """
            SELECT concat_ws('|',
              (SELECT md5(concat_ws(',', r.team_id, r.week_start, r.time_zone, r.freeze_at, r.based_on_roster_id))
                 FROM roster r WHERE r.id = :roster),
              (SELECT md5(coalesce(string_agg(v::text, ',' ORDER BY v.id), '')) FROM visit v WHERE v.roster_id = :roster),
              (SELECT md5(coalesce(string_agg(l::text, ',' ORDER BY l.id), ''))
                 FROM locked_nurse_day l WHERE l.roster_id = :roster),
              (SELECT md5(coalesce(string_agg(n::text, ',' ORDER BY n.id), '')) FROM nurse n WHERE n.team_id = :team),
              (SELECT md5(coalesce(string_agg(c::text, ',' ORDER BY c.id), '')) FROM client c WHERE c.team_id = :team),
              (SELECT md5(coalesce(string_agg(w::text, ',' ORDER BY w.client_id), ''))
                 FROM client_wishes w WHERE w.team_id = :team),
              (SELECT md5(coalesce(string_agg(a::text, ',' ORDER BY a.id), ''))
                 FROM nurse_absence a WHERE a.team_id = :team),
              (SELECT md5(coalesce(string_agg(w::text, ','), '')) FROM team_constraint_weights w WHERE w.team_id = :team),
              (SELECT max(p.id) FROM roster p WHERE p.team_id = :team AND p.week_start = :previousWeek
                 AND p.status = 'ACCEPTED'))
            """;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "rondo.analysis.cache-size", defaultValue = "16")
    int capacity;

    private final Map<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > capacity;
        }
    };

    /** Locks for analyses, striped by roster id: one per roster at a time, and no lock object per roster. */
    private final Object[] builds = new Object[64];

    {
        java.util.Arrays.setAll(builds, i -> new Object());
    }

    /** An analysis, the board drawn from it (once, when first asked) and its JSON per status of the roster. */
    private static final class Entry {
        final RosterAnalysisService.Analysed analysed;
        private volatile RosterBoard board;
        final Map<String, byte[]> json = new ConcurrentHashMap<>();

        Entry(RosterAnalysisService.Analysed analysed) {
            this.analysed = analysed;
        }

        synchronized RosterBoard board(Function<RosterAnalysisService.Analysed, RosterBoard> draw) {
            if (board == null) {
                board = draw.apply(analysed);
            }
            return board;
        }
    }

    /** The analysis of {@code roster} (already read, and access-checked, by the caller), made only when needed. */
    RosterAnalysisService.Analysed analysed(Roster roster, boolean roadTravelTimes,
                                            Supplier<RosterAnalysisService.Analysed> analyse) {
        return entry(roster, roadTravelTimes, analyse).analysed;
    }

    /** The board of {@code roster}, drawn once per analysis, with the roster's current status. */
    RosterBoard board(Roster roster, boolean roadTravelTimes, Supplier<RosterAnalysisService.Analysed> analyse,
                      Function<RosterAnalysisService.Analysed, RosterBoard> draw) {
        return withStatusOf(entry(roster, roadTravelTimes, analyse).board(draw), roster);
    }

    /** The board as the API writes it (UTF-8 JSON), written once per state of its inputs and the roster's status. */
    byte[] boardJson(Roster roster, boolean roadTravelTimes, Supplier<RosterAnalysisService.Analysed> analyse,
                     Function<RosterAnalysisService.Analysed, RosterBoard> draw) {
        Entry entry = entry(roster, roadTravelTimes, analyse);
        String status = roster.status + "|" + roster.solverStatus + "|" + roster.acceptedVersion + "|"
                + roster.basedOnRosterId + "|" + roster.needsReplan + "|" + roster.version;
        if (entry.json.size() > 8) {
            entry.json.clear();
        }
        return entry.json.computeIfAbsent(status, key -> write(withStatusOf(entry.board(draw), roster)));
    }

    private byte[] write(RosterBoard board) {
        try {
            return json.writeValueAsBytes(board);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The board of roster " + board.rosterId() + " cannot be written", e);
        }
    }

    private Entry entry(Roster roster, boolean roadTravelTimes, Supplier<RosterAnalysisService.Analysed> analyse) {
        String key = roster.id + "|" + inputs(roster) + "|roads=" + roadTravelTimes;
        Entry cached = cached(key);
        if (cached == null) {
            synchronized (builds[(int) Math.floorMod(roster.id, (long) builds.length)]) {
                cached = cached(key);
                if (cached == null) {
                    // Keyed by the inputs read before the analysis: if they change meanwhile, it may have seen the
                    // newer rows, and the next request (seeing new inputs) simply analyses again.
                    cached = new Entry(analyse.get());
                    store(key, cached);
                }
            }
        }
        return cached;
    }

    private String inputs(Roster roster) {
        return (String) entityManager.createNativeQuery(INPUTS)
                .setParameter("roster", roster.id)
                .setParameter("team", roster.teamId)
                .setParameter("previousWeek", roster.weekStart.minusWeeks(1))
                .getSingleResult();
    }

    private synchronized Entry cached(String key) {
        return entries.get(key);
    }

    private synchronized void store(String key, Entry entry) {
        entries.put(key, entry);
    }

    private static RosterBoard withStatusOf(RosterBoard board, Roster roster) {
        return new RosterBoard(board.rosterId(), board.teamId(), board.isoWeek(), board.timeZone(), roster.status,
                roster.status.isEditable(), roster.status.isInForce(), roster.solverStatus, roster.acceptedVersion, roster.basedOnRosterId,
                roster.needsReplan, roster.version, board.score(), board.feasible(), board.days(), board.nurses(),
                board.visits());
    }
}
