package care.rondo.service.roster;

import care.rondo.domain.Roster;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Keeps the last planning board built per roster, so that a team polling its board while a solve runs does not
 * rebuild it (load, map, score explanation: the expensive part of the read) for every request.
 * <p>
 * A board is reused only while everything it was built from is unchanged. That is checked per request with one
 * query that hashes the rows themselves (the roster's planning fields, its visits and locked days, the team's
 * nurses, clients, absences and weights, and which accepted roster of the week before gives continuity) rather
 * than trusting version columns, because the solver's progress and some status changes are written with bulk
 * updates that do not move any version. The roster's own status fields (status, solver status, version...) are
 * always taken fresh from the request's read of the roster, so the board never shows a stale status or version.
 * Whether road travel times are loaded is part of the key as well.
 * <p>
 * One build per roster at a time: requests that miss together wait for the one build instead of each computing
 * the same board.
 * <p>
 * The JSON is kept too ({@link #boardJson}), per state of the roster's status fields: writing the ~330 KB board
 * (thousands of timestamps) for every poll was 42% of the server's CPU at 100 requests per second.
 */
@ApplicationScoped
public class BoardCache {

    private static final String INPUTS = """
            SELECT concat_ws('|',
              (SELECT md5(concat_ws(',', r.team_id, r.week_start, r.time_zone, r.freeze_at, r.based_on_roster_id))
                 FROM roster r WHERE r.id = :roster),
              (SELECT md5(coalesce(string_agg(v::text, ',' ORDER BY v.id), '')) FROM visit v WHERE v.roster_id = :roster),
              (SELECT md5(coalesce(string_agg(l::text, ',' ORDER BY l.id), ''))
                 FROM locked_nurse_day l WHERE l.roster_id = :roster),
              (SELECT md5(coalesce(string_agg(n::text, ',' ORDER BY n.id), '')) FROM nurse n WHERE n.team_id = :team),
              (SELECT md5(coalesce(string_agg(c::text, ',' ORDER BY c.id), '')) FROM client c WHERE c.team_id = :team),
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

    @ConfigProperty(name = "rondo.board.cache-size", defaultValue = "32")
    int capacity;

    private final Map<Long, Entry> boards = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Entry> eldest) {
            return size() > capacity;
        }
    };

    /** Locks for builds, striped by roster id: one build per roster at a time, and no lock object per roster. */
    private final Object[] builds = new Object[64];

    {
        java.util.Arrays.setAll(builds, i -> new Object());
    }

    /** A built board and its JSON per status of the roster (a handful at most: status changes are rare). */
    private record Entry(String inputs, RosterBoard board, Map<String, byte[]> json) {
        Entry(String inputs, RosterBoard board) {
            this(inputs, board, new ConcurrentHashMap<>());
        }
    }

    /** The board of {@code roster} (already read, and access-checked, by the caller), built only when needed. */
    RosterBoard board(Roster roster, boolean roadTravelTimes, Supplier<RosterBoard> build) {
        return withStatusOf(entry(roster, roadTravelTimes, build).board(), roster);
    }

    /** The board as the API writes it (UTF-8 JSON), written once per state of its inputs and the roster's status. */
    byte[] boardJson(Roster roster, boolean roadTravelTimes, Supplier<RosterBoard> build) {
        Entry entry = entry(roster, roadTravelTimes, build);
        String status = roster.status + "|" + roster.solverStatus + "|" + roster.acceptedVersion + "|"
                + roster.basedOnRosterId + "|" + roster.needsReplan + "|" + roster.version;
        if (entry.json().size() > 8) {
            entry.json().clear();
        }
        return entry.json().computeIfAbsent(status, key -> write(withStatusOf(entry.board(), roster)));
    }

    private byte[] write(RosterBoard board) {
        try {
            return json.writeValueAsBytes(board);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The board of roster " + board.rosterId() + " cannot be written", e);
        }
    }

    private Entry entry(Roster roster, boolean roadTravelTimes, Supplier<RosterBoard> build) {
        String inputs = inputs(roster) + "|roads=" + roadTravelTimes;
        Entry cached = cached(roster.id, inputs);
        if (cached == null) {
            synchronized (builds[(int) Math.floorMod(roster.id, (long) builds.length)]) {
                cached = cached(roster.id, inputs);
                if (cached == null) {
                    // Keyed by the inputs read before the build: if they change meanwhile, the build may have seen
                    // the newer rows, and the next request (seeing new inputs) simply builds again.
                    cached = new Entry(inputs, build.get());
                    store(roster.id, cached);
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

    private synchronized Entry cached(long rosterId, String inputs) {
        Entry entry = boards.get(rosterId);
        return entry != null && entry.inputs().equals(inputs) ? entry : null;
    }

    private synchronized void store(long rosterId, Entry entry) {
        boards.put(rosterId, entry);
    }

    private static RosterBoard withStatusOf(RosterBoard board, Roster roster) {
        return new RosterBoard(board.rosterId(), board.teamId(), board.isoWeek(), board.timeZone(), roster.status,
                roster.status.isEditable(), roster.solverStatus, roster.acceptedVersion, roster.basedOnRosterId,
                roster.needsReplan, roster.version, board.score(), board.feasible(), board.days(), board.nurses(),
                board.visits());
    }
}
