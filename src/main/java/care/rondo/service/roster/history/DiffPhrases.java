package care.rondo.service.roster.history;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * A re-plan's change in the words the planning board shows ("Mevrouw Bakker: Anna → Bram (Wed 09:00)"), times on
 * the team's wall clock. Written here, next to the kinds, so that no client mirrors the kinds to phrase them.
 */
final class DiffPhrases {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH);

    private final Map<Long, String> clients;
    private final Map<Long, String> nurses;
    private final ZoneId zone;

    DiffPhrases(Map<Long, String> clients, Map<Long, String> nurses, ZoneId zone) {
        this.clients = clients;
        this.nurses = nurses;
        this.zone = zone;
    }

    String describe(RosterDiff.Kind kind, long clientId, Long fromNurseId, Long toNurseId, Instant fromStart,
                    Instant toStart) {
        String who = clients.getOrDefault(clientId, "client #" + clientId);
        return who + ": " + switch (kind) {
            case MOVED_TO_OTHER_NURSE -> nurse(fromNurseId) + " → " + nurse(toNurseId) + " (" + at(toStart) + ")";
            case RESCHEDULED -> at(fromStart) + " → " + at(toStart);
            case UNASSIGNED -> "no longer planned (was " + nurse(fromNurseId) + ")";
            case NEWLY_ASSIGNED -> "now " + nurse(toNurseId) + " (" + at(toStart) + ")";
            case CANCELLED -> "cancelled";
            case ADDED -> "added";
        };
    }

    private String nurse(Long id) {
        return id == null ? "nobody" : nurses.getOrDefault(id, "nurse #" + id);
    }

    private String at(Instant moment) {
        return moment == null ? "" : MOMENT.format(moment.atZone(zone));
    }
}
