package care.rondo.bench;
import care.rondo.planning.PlanningClient;
import care.rondo.planning.PlanningNurse;
import care.rondo.planning.PlanningTravelMode;
import care.rondo.planning.PlanningVisit;
import care.rondo.planning.RosterConstraint;
import care.rondo.bench.HhcrspInstance.Caregiver;
import care.rondo.bench.HhcrspInstance.Patient;
import care.rondo.bench.HhcrspInstance.VisitRef;
import care.rondo.planning.ArrayTravelTimeMatrix;
import care.rondo.planning.Location;
import care.rondo.planning.NurseShift;
import care.rondo.planning.RosterConstraintWeights;
import care.rondo.planning.VisitRoster;
import care.rondo.planning.WorkRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * HHCRSP instance to Rondo's planning model and back. Caregivers become nurses with one shift from time 0 that never
 * ends; services become skills; a two-caregiver patient becomes two linked visits. Time is scaled by {@link #SCALE}
 * so Mankowska's real-valued distances keep 3 decimals as longs; travel is rounded UP so the solver never believes
 * in a timing the exact {@link HhcrspScheduler} would reject.
 */
public final class HhcrspMapper {

    public static final long SCALE = 1000;
    private static final long NO_END = Long.MAX_VALUE / 4;

    private final HhcrspInstance inst;
    private final Map<String, VisitRef> refs = new HashMap<>(); // by visit id: the solver returns clones

    public HhcrspMapper(HhcrspInstance inst) {
        this.inst = inst;
    }

    /** The benchmark objective (distance + total tardiness + max tardiness, windows soft) as constraint weights. */
    public static RosterConstraintWeights weights() {
        RosterConstraintWeights w = new RosterConstraintWeights();
        HardMediumSoftLongScore zero = HardMediumSoftLongScore.ZERO;
        HardMediumSoftLongScore one = HardMediumSoftLongScore.ofSoft(1);
        w.withWeight(RosterConstraint.LATE_START, zero)
                .withWeight(RosterConstraint.LATE_START_SOFT, one)
                .withWeight(RosterConstraint.MAX_LATENESS_SOFT, one)
                .withWeight(RosterConstraint.TRAVEL_TIME, one)
                .withWeight(RosterConstraint.SHIFT_END_EXCEEDED, zero);
        for (RosterConstraint teamOnly : List.of(RosterConstraint.DISTINCT_NURSES_PER_CLIENT,
                RosterConstraint.NURSE_NEW_TO_CLIENT, RosterConstraint.PREFERRED_NURSE_NOT_USED,
                RosterConstraint.UNDER_CONTRACT_MINIMUM, RosterConstraint.WORKLOAD_FAIRNESS,
                RosterConstraint.IDLE_TIME, RosterConstraint.CHANGED_NURSE,
                RosterConstraint.MOVED_START, RosterConstraint.NEWLY_UNASSIGNED)) {
            w.withWeight(teamOnly, zero);
        }
        return w;
    }

    /** Nearby moves rank by coordinates, which are only worth using when every place has them. */
    public boolean hasCoordinates() {
        return inst.coordinates() != null;
    }

    public VisitRoster toRoster() {
        int n = inst.patients().size();
        List<Location> locations = new ArrayList<>();
        double[][] xy = inst.coordinates();
        locations.add(new Location("office", 0, xy == null ? 0 : xy[0][0], xy == null ? 0 : xy[0][1]));
        for (int i = 0; i < n; i++) {
            locations.add(new Location(inst.patients().get(i).id(), i + 1, xy == null ? 0 : xy[i + 1][0],
                    xy == null ? 0 : xy[i + 1][1]));
        }
        long[][] times = new long[n + 1][n + 1];
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= n; j++) {
                times[i][j] = up(inst.distances()[i][j]);
            }
        }
        ArrayTravelTimeMatrix matrix = new ArrayTravelTimeMatrix(times);
        List<NurseShift> shifts = new ArrayList<>();
        for (Caregiver c : inst.caregivers()) {
            PlanningNurse nurse = new PlanningNurse(c.id(), 0, Set.copyOf(c.abilities()), 0, Long.MAX_VALUE, locations.get(0),
                    PlanningTravelMode.CAR, matrix);
            shifts.add(new NurseShift(c.id(), nurse, 0, 0, NO_END));
        }
        List<PlanningVisit> visits = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            Patient patient = inst.patients().get(p);
            PlanningClient client = PlanningClient.of(patient.id());
            List<PlanningVisit> own = new ArrayList<>();
            for (int r = 0; r < patient.required().size(); r++) {
                var req = patient.required().get(r);
                PlanningVisit v = new PlanningVisit(patient.id() + "/" + req.service(), client, locations.get(p + 1),
                        near(patient.windowStart()), Math.max(near(patient.windowStart()), near(patient.windowEnd())),
                        up(req.duration()), 0, Set.of(req.service()), 1);
                refs.put(v.getId(), new VisitRef(p, r));
                own.add(v);
            }
            if (patient.sync() != null && patient.sync().simultaneous()) {
                PlanningVisit.linkDoubleHanded(own.get(0), own.get(1));
            } else if (patient.sync() != null) {
                PlanningVisit.linkSequence(own.get(0), own.get(1), near(patient.sync().min()), near(patient.sync().max()));
            }
            visits.addAll(own);
        }
        return new VisitRoster(shifts, visits, WorkRules.none(), weights());
    }

    /** The solved routes as visit references, one list per caregiver in instance order. */
    public List<List<VisitRef>> routes(VisitRoster solved) {
        List<List<VisitRef>> routes = new ArrayList<>();
        for (NurseShift shift : solved.getShifts()) {
            routes.add(shift.getVisits().stream().map(this::ref).toList());
        }
        return routes;
    }

    public List<VisitRef> unassigned(VisitRoster solved) {
        List<VisitRef> left = new ArrayList<>(solved.getUnassigned().getVisits().stream().map(this::ref).toList());
        for (PlanningVisit v : solved.getVisits()) {
            if (v.getShift() == null && !left.contains(ref(v))) {
                left.add(ref(v));
            }
        }
        return left;
    }

    private VisitRef ref(PlanningVisit solvedClone) {
        VisitRef ref = refs.get(solvedClone.getId());
        if (ref == null) {
            throw new IllegalStateException("unknown visit " + solvedClone.getId());
        }
        return ref;
    }

    static long up(double value) {
        return (long) Math.ceil(value * SCALE - 1e-6);
    }

    /** Window bounds and gaps: nearest, because the Italian files carry float noise like 34.000000000000014. */
    static long near(double value) {
        return Math.round(value * SCALE);
    }
}
