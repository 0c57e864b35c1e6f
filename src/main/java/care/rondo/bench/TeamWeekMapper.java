package care.rondo.bench;

import care.rondo.planning.ArrayTravelTimeMatrix;
import care.rondo.planning.Location;
import care.rondo.planning.NurseShift;
import care.rondo.planning.PlanningClient;
import care.rondo.planning.PlanningNurse;
import care.rondo.planning.PlanningTravelMode;
import care.rondo.planning.PlanningVisit;
import care.rondo.planning.RosterConstraintWeights;
import care.rondo.planning.VisitRoster;
import care.rondo.planning.WorkRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A generated team week to the planning model with the product's default weights: exactly what a team would
 * solve. Time unit: seconds, so short bike rides do not round to zero minutes. Contract range: contract +/- 4 h.
 */
public final class TeamWeekMapper {

    public static final long SECONDS_PER_MINUTE = 60;
    private static final long HOUR = 3600;

    private TeamWeekMapper() {
    }

    public static VisitRoster toRoster(TeamWeek week) {
        List<Location> locations = new ArrayList<>();
        Map<String, Location> byId = new HashMap<>();
        for (TeamWeek.Nurse n : week.nurses()) {
            Location l = new Location("home-" + n.id(), locations.size(), n.lat(), n.lon());
            locations.add(l);
            byId.put(n.id(), l);
        }
        for (TeamWeek.Client c : week.clients()) {
            Location l = new Location(c.id(), locations.size(), c.lat(), c.lon());
            locations.add(l);
            byId.put(c.id(), l);
        }
        long[][] times = new long[locations.size()][locations.size()];
        for (Location a : locations) {
            for (Location b : locations) {
                times[a.index()][b.index()] = Math.round(BikeTravel.minutes(a.x(), a.y(), b.x(), b.y()) * 60);
            }
        }
        ArrayTravelTimeMatrix matrix = new ArrayTravelTimeMatrix(times);
        List<NurseShift> shifts = new ArrayList<>();
        for (TeamWeek.Nurse n : week.nurses()) {
            long contract = n.contractMinutes() * SECONDS_PER_MINUTE;
            PlanningNurse nurse = new PlanningNurse(n.id(), n.level(), n.skills(), Math.max(0, contract - 4 * HOUR),
                    contract + 4 * HOUR, byId.get(n.id()), PlanningTravelMode.BIKE, matrix);
            for (TeamWeek.Shift s : n.shifts()) {
                shifts.add(new NurseShift(n.id() + "-d" + s.day(), nurse, s.day(), s.start() * SECONDS_PER_MINUTE,
                        s.end() * SECONDS_PER_MINUTE));
            }
        }
        Map<String, PlanningClient> clients = new HashMap<>();
        for (TeamWeek.Client c : week.clients()) {
            clients.put(c.id(), new PlanningClient(c.id(), Set.of(), c.refusedNurses(), Set.of(), 2));
        }
        Map<String, PlanningVisit> visits = new HashMap<>();
        List<PlanningVisit> ordered = new ArrayList<>();
        for (TeamWeek.Visit v : week.visits()) {
            PlanningVisit visit = new PlanningVisit(v.id(), clients.get(v.clientId()), byId.get(v.clientId()),
                    v.windowStart() * SECONDS_PER_MINUTE, v.windowEnd() * SECONDS_PER_MINUTE,
                    v.duration() * SECONDS_PER_MINUTE, v.minLevel(), v.skills(), 1);
            if (v.partnerOf() != null) {
                PlanningVisit.linkDoubleHanded(visits.get(v.partnerOf()), visit);
            } else if (v.after() != null) {
                PlanningVisit.linkSequence(visits.get(v.after()), visit, v.minGap() * SECONDS_PER_MINUTE,
                        v.maxGap() * SECONDS_PER_MINUTE);
            }
            visits.put(v.id(), visit);
            ordered.add(visit);
        }
        return new VisitRoster(shifts, ordered, WorkRules.NURSING_WEEK_IN_SECONDS, weights());
    }

    /** Exactly the weights a team starts from in the service. */
    static RosterConstraintWeights weights() {
        return RosterConstraintWeights.teamDefaults();
    }
}
