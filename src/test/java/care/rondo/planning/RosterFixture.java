package care.rondo.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * Small hand-made rosters for tests. Time unit: minutes since Monday 00:00. Locations lie on a 7-wide grid with
 * 3 minutes of travel between neighbours; location 0 is the team office where every nurse starts.
 */
public final class RosterFixture {

    public static final long DAY = 24 * 60;

    public final List<Location> locations = IntStream.range(0, 49)
            .mapToObj(i -> new Location("L" + i, i, (i % 7) * 3, (i / 7) * 3))
            .toList();
    public final TravelTimeMatrix travelTimes = ArrayTravelTimeMatrix.euclidean(locations, 1.0);
    public final List<NurseShift> shifts = new ArrayList<>();
    public final List<PlanningVisit> visits = new ArrayList<>();

    public PlanningNurse nurse(String id, int level, String... skills) {
        return new PlanningNurse(id, level, Set.of(skills), 0, Long.MAX_VALUE, locations.get(0), PlanningTravelMode.BIKE,
                travelTimes);
    }

    public PlanningNurse nurse(String id, long contractMin, long contractMax) {
        return new PlanningNurse(id, 5, Set.of(), contractMin, contractMax, locations.get(0), PlanningTravelMode.BIKE, travelTimes);
    }

    /** A shift on {@code day} from {@code startHour} to {@code endHour}. */
    public NurseShift shift(PlanningNurse nurse, int day, int startHour, int endHour) {
        NurseShift shift = new NurseShift(nurse.getId() + "-d" + day + "-" + startHour, nurse, day,
                day * DAY + startHour * 60L, day * DAY + endHour * 60L);
        shifts.add(shift);
        return shift;
    }

    public PlanningVisit visit(String id, PlanningClient client, int location, long earliest, long latest, long duration) {
        return visit(id, client, location, earliest, latest, duration, 2);
    }

    public PlanningVisit visit(String id, PlanningClient client, int location, long earliest, long latest, long duration,
            int minLevel, String... skills) {
        PlanningVisit visit = new PlanningVisit(id, client, locations.get(location), earliest, latest, duration, minLevel,
                Set.of(skills), 1);
        visits.add(visit);
        return visit;
    }

    /** Puts visits in a shift's route in the given order. */
    public static void route(NurseShift shift, PlanningVisit... visits) {
        shift.getVisits().addAll(List.of(visits));
    }

    public VisitRoster roster(WorkRules rules) {
        return new VisitRoster(shifts, visits, rules, weightsInMinutes());
    }

    /** The team defaults with their continuity weights scaled from seconds to this fixture's minutes. */
    public static RosterConstraintWeights weightsInMinutes() {
        RosterConstraintWeights weights = RosterConstraintWeights.teamDefaults();
        for (RosterConstraint name : List.of(RosterConstraint.DISTINCT_NURSES_PER_CLIENT,
                RosterConstraint.NURSE_NEW_TO_CLIENT, RosterConstraint.PREFERRED_NURSE_NOT_USED,
                RosterConstraint.LIKED_NURSE_NOT_USED, RosterConstraint.AVOIDED_NURSE,
                RosterConstraint.CONTINUITY_WISH)) {
            weights.withWeight(name, HardMediumSoftLongScore.ofSoft(weights.weightOf(name).softScore() / 60));
        }
        return weights;
    }

    /** A roster with every shadow value filled from the routes, as the solver would see it. */
    public VisitRoster timedRoster(WorkRules rules) {
        VisitRoster roster = roster(rules);
        RosterTimes.refresh(roster);
        return roster;
    }
}
