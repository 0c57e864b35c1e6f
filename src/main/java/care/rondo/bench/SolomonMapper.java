package care.rondo.bench;
import care.rondo.planning.PlanningClient;
import care.rondo.planning.PlanningNurse;
import care.rondo.planning.PlanningTravelMode;
import care.rondo.planning.PlanningVisit;
import care.rondo.planning.RosterConstraint;
import care.rondo.bench.SolomonInstance.Node;
import care.rondo.planning.ArrayTravelTimeMatrix;
import care.rondo.planning.Location;
import care.rondo.planning.NurseShift;
import care.rondo.planning.RosterConstraintWeights;
import care.rondo.planning.VisitRoster;
import care.rondo.planning.WorkRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * Solomon VRPTW to the planning model: K nurses (vehicles) with one shift from 0 to the depot's due time, the
 * capacity as the generic per-shift workload limit and each demand as the visit's load. Hard windows as in the team
 * product; unserved customers cost the medium "unassigned" penalty, travel the soft score. Time x {@link #SCALE},
 * travel rounded up so every solver-feasible route is feasible with the exact real-valued distances.
 */
public final class SolomonMapper {

    public static final long SCALE = 1000;

    private SolomonMapper() {
    }

    public static RosterConstraintWeights weights() {
        RosterConstraintWeights w = new RosterConstraintWeights();
        HardMediumSoftLongScore zero = HardMediumSoftLongScore.ZERO;
        w.withWeight(RosterConstraint.TRAVEL_TIME, HardMediumSoftLongScore.ofSoft(1));
        for (RosterConstraint off : List.of(RosterConstraint.DISTINCT_NURSES_PER_CLIENT,
                RosterConstraint.NURSE_NEW_TO_CLIENT, RosterConstraint.PREFERRED_NURSE_NOT_USED,
                RosterConstraint.UNDER_CONTRACT_MINIMUM, RosterConstraint.WORKLOAD_FAIRNESS,
                RosterConstraint.IDLE_TIME, RosterConstraint.CHANGED_NURSE,
                RosterConstraint.MOVED_START, RosterConstraint.NEWLY_UNASSIGNED,
                // Hard rules a VRPTW cannot break (one shift per vehicle, no levels, skills, refusals or pairs): a
                // zero weight switches a constraint off, so no score calculation pays for them.
                RosterConstraint.LEVEL_TOO_LOW, RosterConstraint.MISSING_SKILL,
                RosterConstraint.REFUSED_NURSE, RosterConstraint.DOUBLE_HANDED_APART,
                RosterConstraint.DOUBLE_HANDED_ONE_NURSE, RosterConstraint.SEQUENCE_GAP,
                RosterConstraint.MAX_WORK_PER_DAY, RosterConstraint.REST_BETWEEN_DAYS,
                RosterConstraint.CONTRACT_MAXIMUM)) {
            w.withWeight(off, zero);
        }
        return w;
    }

    public static VisitRoster toRoster(SolomonInstance inst, int nurses) {
        List<Location> locations = new ArrayList<>();
        for (int i = 0; i < inst.nodes().size(); i++) {
            Node n = inst.nodes().get(i);
            locations.add(new Location(Integer.toString(n.id()), i, n.x(), n.y()));
        }
        long[][] times = new long[locations.size()][locations.size()];
        for (int i = 0; i < times.length; i++) {
            for (int j = 0; j < times.length; j++) {
                times[i][j] = (long) Math.ceil(inst.distance(inst.nodes().get(i), inst.nodes().get(j)) * SCALE);
            }
        }
        ArrayTravelTimeMatrix matrix = new ArrayTravelTimeMatrix(times);
        List<NurseShift> shifts = new ArrayList<>();
        long close = (long) Math.floor(inst.depot().due() * SCALE);
        for (int k = 1; k <= nurses; k++) {
            String id = String.format("v%03d", k); // zero-padded: the timetable orders shifts by id
            PlanningNurse nurse = new PlanningNurse(id, 0, Set.of(), 0, Long.MAX_VALUE, locations.get(0), PlanningTravelMode.CAR, matrix);
            NurseShift shift = new NurseShift(id, nurse, 0, (long) (inst.depot().ready() * SCALE), close);
            shift.setCapacity((long) inst.capacity());
            shifts.add(shift);
        }
        List<PlanningVisit> visits = new ArrayList<>();
        for (int i = 1; i < inst.nodes().size(); i++) {
            Node n = inst.nodes().get(i);
            PlanningVisit v = new PlanningVisit(Integer.toString(n.id()), PlanningClient.of(Integer.toString(n.id())), locations.get(i),
                    Math.round(n.ready() * SCALE), Math.round(n.due() * SCALE), Math.round(n.service() * SCALE), 0,
                    Set.of(), 1);
            v.setDemand(n.demand());
            visits.add(v);
        }
        return new VisitRoster(shifts, visits, WorkRules.none(), weights());
    }

    /** Customer numbers per used vehicle, in visiting order. */
    public static List<List<Integer>> routes(VisitRoster solved) {
        List<List<Integer>> routes = new ArrayList<>();
        for (NurseShift shift : solved.getShifts()) {
            if (!shift.getVisits().isEmpty()) {
                routes.add(shift.getVisits().stream().map(v -> Integer.parseInt(v.getId())).toList());
            }
        }
        return routes;
    }

    public static List<Integer> unassigned(VisitRoster solved) {
        List<Integer> left = new ArrayList<>();
        for (PlanningVisit v : solved.getVisits()) {
            if (!v.isAssigned()) {
                left.add(Integer.parseInt(v.getId()));
            }
        }
        return left;
    }
}
