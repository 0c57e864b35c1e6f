package care.rondo.planning;

import java.util.Objects;
import java.util.Set;

/**
 * The continuity facts of one client. Nurse ids rather than {@link Nurse} references so the service can fill them
 * from history even for nurses without shifts this week.
 *
 * @param lastWeekNurseIds nurses of the last accepted week (stability); empty for a new client
 * @param distinctNurseTarget how many distinct nurses per week the team finds normal (1 is the ideal)
 */
public record Client(String id, Set<String> preferredNurseIds, Set<String> refusedNurseIds,
        Set<String> lastWeekNurseIds, int distinctNurseTarget) {

    public Client {
        Objects.requireNonNull(id);
        preferredNurseIds = Set.copyOf(preferredNurseIds);
        refusedNurseIds = Set.copyOf(refusedNurseIds);
        lastWeekNurseIds = Set.copyOf(lastWeekNurseIds);
        if (distinctNurseTarget < 1) {
            throw new IllegalArgumentException("distinctNurseTarget must be >= 1");
        }
    }

    public static Client of(String id) {
        return new Client(id, Set.of(), Set.of(), Set.of(), 1);
    }
}
