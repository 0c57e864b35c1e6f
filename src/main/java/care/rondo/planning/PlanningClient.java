package care.rondo.planning;

import java.util.Objects;
import java.util.Set;

/**
 * The continuity facts and soft wishes of one client. Nurse ids rather than {@link PlanningNurse} references so the service
 * can fill them from history even for nurses without shifts this week.
 *
 * @param lastWeekNurseIds nurses of the last accepted week (stability); empty for a new client
 * @param distinctNurseTarget how many distinct nurses per week the team finds normal (1 is the ideal)
 * @param likedNurseIds nurses the client herself likes to see (her wish; the team's choice is preferredNurseIds)
 * @param avoidedNurseIds nurses she would rather not see (soft; refusedNurseIds is the team's hard rule)
 * @param continuityImportance 0 when continuity matters to her as to anyone, 1 or 2 when it matters more
 */
public record PlanningClient(String id, Set<String> preferredNurseIds, Set<String> refusedNurseIds,
        Set<String> lastWeekNurseIds, int distinctNurseTarget, Set<String> likedNurseIds,
        Set<String> avoidedNurseIds, int continuityImportance) {

    public PlanningClient {
        Objects.requireNonNull(id);
        preferredNurseIds = Set.copyOf(preferredNurseIds);
        refusedNurseIds = Set.copyOf(refusedNurseIds);
        lastWeekNurseIds = Set.copyOf(lastWeekNurseIds);
        likedNurseIds = Set.copyOf(likedNurseIds);
        avoidedNurseIds = Set.copyOf(avoidedNurseIds);
        if (distinctNurseTarget < 1) {
            throw new IllegalArgumentException("distinctNurseTarget must be >= 1");
        }
        if (continuityImportance < 0) {
            throw new IllegalArgumentException("continuityImportance must be >= 0");
        }
    }

    /**
     * The id's hash: equal clients have equal ids, and the record's own hash went through all five nurse sets each time
     * the score grouped a visit by its client.
     */
    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** A client without wishes of her own. */
    public PlanningClient(String id, Set<String> preferredNurseIds, Set<String> refusedNurseIds,
            Set<String> lastWeekNurseIds, int distinctNurseTarget) {
        this(id, preferredNurseIds, refusedNurseIds, lastWeekNurseIds, distinctNurseTarget, Set.of(), Set.of(), 0);
    }

    public static PlanningClient of(String id) {
        return new PlanningClient(id, Set.of(), Set.of(), Set.of(), 1);
    }
}
