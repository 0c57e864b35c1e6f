package care.rondo.planning;

import java.util.Objects;
import java.util.Set;

/**
 * A team member as the solver sees her. Identity equality on purpose: constraint streams group by nurse millions
 * of times, and ids are unique per solve anyway.
 *
 * @param level qualification level 2..5; a hierarchy, so a higher level may do any lower-level visit
 * @param contractMinPerWeek contract minimum of work per week, in the caller's time unit (0 if none)
 * @param contractMaxPerWeek contract maximum of work per week ({@link Long#MAX_VALUE} if none)
 * @param travelTimes the matrix for this nurse's {@link PlanningTravelMode}
 */
public final class PlanningNurse {

    private final String id;
    private final int level;
    private final Set<String> skills;
    private final long contractMinPerWeek;
    private final long contractMaxPerWeek;
    private final Location startLocation;
    private final PlanningTravelMode travelMode;
    private final TravelTimeMatrix travelTimes;

    public PlanningNurse(String id, int level, Set<String> skills, long contractMinPerWeek, long contractMaxPerWeek,
            Location startLocation, PlanningTravelMode travelMode, TravelTimeMatrix travelTimes) {
        this.id = Objects.requireNonNull(id);
        this.level = level;
        this.skills = Set.copyOf(skills);
        this.contractMinPerWeek = contractMinPerWeek;
        this.contractMaxPerWeek = contractMaxPerWeek;
        this.startLocation = Objects.requireNonNull(startLocation);
        this.travelMode = Objects.requireNonNull(travelMode);
        this.travelTimes = Objects.requireNonNull(travelTimes);
    }

    public String getId() {
        return id;
    }

    public int getLevel() {
        return level;
    }

    public Set<String> getSkills() {
        return skills;
    }

    public long getContractMinPerWeek() {
        return contractMinPerWeek;
    }

    public long getContractMaxPerWeek() {
        return contractMaxPerWeek;
    }

    /**
     * The midpoint of the contract range: fair workload distribution gives each nurse the share of the team's work
     * that her midpoint is of the team's midpoints. Without a maximum
     * ({@link Long#MAX_VALUE}) the minimum is the target; a midpoint there would overflow the squared deviation.
     */
    public long getContractTarget() {
        if (contractMaxPerWeek == Long.MAX_VALUE) {
            return contractMinPerWeek;
        }
        return contractMinPerWeek + (contractMaxPerWeek - contractMinPerWeek) / 2;
    }

    public Location getStartLocation() {
        return startLocation;
    }

    public PlanningTravelMode getTravelMode() {
        return travelMode;
    }

    public long travelTime(Location from, Location to) {
        return travelTimes.travelTime(from, to);
    }

    @Override
    public String toString() {
        return id;
    }
}
