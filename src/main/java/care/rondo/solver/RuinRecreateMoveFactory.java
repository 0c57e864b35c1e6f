package care.rondo.solver;
import care.rondo.planning.PlanningClient;
import care.rondo.planning.PlanningNurse;
import care.rondo.planning.PlanningVisit;
import care.rondo.planning.RosterConstraint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.Set;
import java.util.stream.Stream;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.Move;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

import care.rondo.planning.NurseShift;
import care.rondo.planning.RosterConstraintWeights;
import care.rondo.planning.VisitRoster;

/**
 * Ruin and recreate after Christiaens and Vanden Berghe's SISR ("slack induction by string removals", Transportation
 * Science 2020), one {@link RouteRewriteMove} per move:
 * <ul>
 * <li><b>ruin</b>: from a seed visit (half of the time an unassigned one, while there are any), walk its nearest
 * visits and take a string of consecutive visits out of each route met, a few routes and about ten visits in all;
 * nearby unassigned visits join;</li>
 * <li><b>recreate</b>: put them back one by one in a random one of a few orders (random, narrowest window first,
 * farthest first), each at its cheapest position over every shift that {@linkplain ReachableShiftMoveFilter can
 * hold it}, skipping each position with a small "blink" probability. Positions are checked in O(1) by a {@link
 * DraftRoute} (windows, shift end, capacity); the cost is the added travel plus, where the team prices continuity,
 * the weight of one more nurse for the client. A visit that fits nowhere goes to the unassigned bucket.</li>
 * </ul>
 * Local moves change one or two visits and cannot leave a deep local optimum of a tight route plan; a rewrite of a
 * neighbourhood can. The score judges the whole move, so simulated annealing decides as for any other move. Only
 * single visits (not linked, not pinned) in open shifts take part.
 */
public class RuinRecreateMoveFactory implements MoveIteratorFactory<VisitRoster, Move<VisitRoster>> {

    /** SISR's c̄: average number of visits removed. */
    private static final double AVERAGE_REMOVED = 10;
    /** SISR's L^max: longest string taken from one route. */
    private static final int MAX_STRING = 10;
    private static final double BLINK = 0.01;
    /** Share of ruins that take a client's visits from her least-seen nurse instead of a string (continuity). */
    private static final double CLIENT_RUIN = 0.2;
    private static final int NEIGHBOURS = 40;
    /**
     * What {@link #getSize} reports (about a tenth of a list change's visits²). It does not steer selection:
     * OptaPlanner 10.2's union picks each of its selectors equally often unless one has a fixed probability weight
     * (one in nine for a team week, one in eight while nothing is unassigned and ejections have nothing to offer).
     * Weights tried at an equal 1.6 M score calculations on team M seeds 1-3: ruin and recreate twice as often was
     * worse on all three; three times as often, and sub-lists half as often, were mixed.
     */
    private static final double SIZE_FACTOR = 0.1;

    private final ReachableShiftMoveFilter filter = new ReachableShiftMoveFilter();
    private final Map<PlanningVisit, NurseShift[]> fitting = new IdentityHashMap<>();
    private final Map<PlanningVisit, PlanningVisit[]> nearest = new IdentityHashMap<>();
    private final Map<PlanningClient, List<PlanningVisit>> visitsOfClient = new HashMap<>();
    private VisitRoster roster;
    private List<PlanningVisit> singles = List.of();
    private boolean windows;
    private boolean shiftEnd;
    private long travelWeight;
    private long extraNurseWeight;

    @Override
    public void phaseStarted(ScoreDirector<VisitRoster> scoreDirector) {
        roster = scoreDirector.getWorkingSolution();
        fitting.clear();
        nearest.clear();
        visitsOfClient.clear();
        RosterConstraintWeights weights = roster.getConstraintWeights();
        windows = weights.weightOf(RosterConstraint.LATE_START).hardScore() > 0;
        shiftEnd = weights.weightOf(RosterConstraint.SHIFT_END_EXCEEDED).hardScore() > 0;
        travelWeight = weights.weightOf(RosterConstraint.TRAVEL_TIME).softScore();
        extraNurseWeight = weights.weightOf(RosterConstraint.DISTINCT_NURSES_PER_CLIENT).softScore();
        List<PlanningVisit> found = new ArrayList<>();
        for (PlanningVisit visit : roster.getVisits()) {
            visitsOfClient.computeIfAbsent(visit.getClient(), c -> new ArrayList<>()).add(visit);
            if (single(visit)) {
                found.add(visit);
            }
        }
        singles = found;
    }

    @Override
    public void phaseEnded(ScoreDirector<VisitRoster> scoreDirector) {
        roster = null;
        singles = List.of();
        fitting.clear();
        nearest.clear();
        visitsOfClient.clear();
    }

    /** Unlinked and unpinned. */
    private static boolean single(PlanningVisit visit) {
        return visit.getPartner() == null && !visit.isPinned();
    }

    private static boolean open(PlanningVisit visit) {
        return visit.getShift() != null && !visit.getShift().isLocked();
    }

    @Override
    public long getSize(ScoreDirector<VisitRoster> scoreDirector) {
        long visits = scoreDirector.getWorkingSolution().getVisits().size();
        return (long) Math.ceil(SIZE_FACTOR * visits * visits);
    }

    @Override
    public Iterator<Move<VisitRoster>> createOriginalMoveIterator(ScoreDirector<VisitRoster> scoreDirector) {
        throw new UnsupportedOperationException("Ruin and recreate moves are selected randomly only");
    }

    @Override
    public Iterator<Move<VisitRoster>> createRandomMoveIterator(ScoreDirector<VisitRoster> scoreDirector,
            Random random) {
        if (singles.isEmpty()) {
            return Collections.emptyIterator();
        }
        return Stream.generate(() -> randomMove(random)).iterator();
    }

    private Move<VisitRoster> randomMove(Random random) {
        Map<NurseShift, DraftRoute> drafts = new LinkedHashMap<>();
        List<PlanningVisit> removed = ruin(random, drafts);
        recreate(removed, random, drafts);
        Map<NurseShift, List<PlanningVisit>> after = new LinkedHashMap<>();
        drafts.values().stream().filter(DraftRoute::changed).forEach(d -> after.put(d.shift, d.visits));
        return new RouteRewriteMove(after); // not doable when nothing changed: skipped
    }

    private PlanningVisit seed(Random random) {
        NurseShift bucket = roster.getUnassigned();
        if (!bucket.isLocked() && !bucket.getVisits().isEmpty() && random.nextBoolean()) {
            PlanningVisit visit = bucket.getVisits().get(random.nextInt(bucket.getVisits().size()));
            if (single(visit)) {
                return visit;
            }
        }
        for (int attempt = 0; attempt < 10; attempt++) {
            PlanningVisit visit = singles.get(random.nextInt(singles.size()));
            if (open(visit)) {
                return visit;
            }
        }
        return null;
    }

    private List<PlanningVisit> ruin(Random random, Map<NurseShift, DraftRoute> drafts) {
        List<PlanningVisit> removed = new ArrayList<>();
        PlanningVisit seed = seed(random);
        if (seed == null) {
            return removed;
        }
        if (extraNurseWeight > 0 && random.nextDouble() < CLIENT_RUIN && ruinLeastSeenNurse(seed, random, drafts,
                removed)) {
            return removed;
        }
        int assigned = 0;
        int routes = 0;
        for (NurseShift shift : roster.getShifts()) {
            if (!shift.isUnassignedBucket() && !shift.getVisits().isEmpty()) {
                assigned += shift.getVisits().size();
                routes++;
            }
        }
        double maxString = Math.max(1, Math.min(MAX_STRING, routes == 0 ? 1 : (double) assigned / routes));
        double maxRoutes = 4 * AVERAGE_REMOVED / (1 + maxString) - 1;
        int ruinedRoutes = (int) (1 + random.nextDouble() * maxRoutes);
        List<NurseShift> ruined = new ArrayList<>();
        List<PlanningVisit> around = new ArrayList<>();
        around.add(seed);
        Collections.addAll(around, nearest(seed));
        for (PlanningVisit visit : around) {
            if (ruined.size() >= ruinedRoutes) {
                break;
            }
            NurseShift shift = visit.getShift();
            if (shift == null || shift.isLocked() || ruined.contains(shift) || containsIdentical(removed, visit)) {
                continue;
            }
            DraftRoute draft = draft(drafts, shift);
            if (shift.isUnassignedBucket()) {
                draft.remove(indexOf(draft.visits, visit));
                removed.add(visit);
                continue;
            }
            ruined.add(shift);
            int size = draft.visits.size();
            int length = (int) (1 + random.nextDouble() * Math.min(size, maxString));
            int at = indexOf(draft.visits, visit);
            int from = Math.max(0, Math.min(size - length, at - random.nextInt(length)));
            for (int i = from + length - 1; i >= from; i--) {
                PlanningVisit out = draft.visits.get(i);
                if (single(out)) {
                    draft.remove(i);
                    removed.add(out);
                }
            }
        }
        return removed;
    }

    /**
     * Takes out every visit of the seed's client by the nurse who does fewest of them (while she sees two nurses or
     * more), so that the recreate, which prices one more nurse for her, can hand them to her other nurses: a
     * spatial string rarely holds all of them, and moving them one by one only pays off at the last one.
     */
    private boolean ruinLeastSeenNurse(PlanningVisit seed, Random random, Map<NurseShift, DraftRoute> drafts,
            List<PlanningVisit> removed) {
        Map<PlanningNurse, List<PlanningVisit>> byNurse = new LinkedHashMap<>();
        for (PlanningVisit visit : visitsOfClient.get(seed.getClient())) {
            if (visit.getShift() != null && !visit.getShift().isUnassignedBucket()) {
                byNurse.computeIfAbsent(visit.getShift().getNurse(), n -> new ArrayList<>()).add(visit);
            }
        }
        if (byNurse.size() < 2) {
            return false;
        }
        List<PlanningVisit> fewest = null;
        for (List<PlanningVisit> visits : byNurse.values()) {
            if (fewest == null || visits.size() < fewest.size()
                    || visits.size() == fewest.size() && random.nextBoolean()) {
                fewest = visits;
            }
        }
        for (PlanningVisit visit : fewest) {
            if (!single(visit) || !open(visit)) {
                return false;
            }
        }
        PlanningNurse leastSeen = fewest.get(0).getShift().getNurse();
        for (PlanningVisit visit : fewest) {
            DraftRoute draft = draft(drafts, visit.getShift());
            draft.remove(indexOf(draft.visits, visit));
            removed.add(visit);
        }
        if (random.nextBoolean()) { // half the time: making room every time did worse on team M seeds 1 and 3
            for (PlanningVisit visit : fewest) {
                makeRoom(visit, leastSeen, byNurse.keySet(), random, drafts, removed);
            }
        }
        return true;
    }

    /**
     * Takes out one or two visits of other clients around {@code visit}'s time from the same-day routes of the nurses
     * the client already sees: her visit can then go to one of them even where that route was full, and the visits
     * taken out find a place elsewhere (a one-step ejection chain).
     */
    private void makeRoom(PlanningVisit visit, PlanningNurse leastSeen, Set<PlanningNurse> herNurses, Random random,
            Map<NurseShift, DraftRoute> drafts, List<PlanningVisit> removed) {
        for (NurseShift shift : reachable(visit)) {
            if (shift.isLocked() || shift.getNurse() == leastSeen || !herNurses.contains(shift.getNurse())) {
                continue;
            }
            DraftRoute draft = draft(drafts, shift);
            int at = 0;
            while (at < draft.visits.size() && startOf(draft.visits.get(at)) < visit.getEffectiveEarliestStart()) {
                at++;
            }
            int take = 1 + random.nextInt(2);
            for (int i = Math.min(at + take, draft.visits.size()) - 1; i >= Math.max(0, at - take) && take > 0; i--) {
                PlanningVisit out = draft.visits.get(i);
                if (single(out) && out.getClient() != visit.getClient()) {
                    draft.remove(i);
                    removed.add(out);
                    take--;
                }
            }
        }
    }

    private static long startOf(PlanningVisit visit) {
        Long start = visit.getStartTime();
        return start == null ? visit.getEffectiveEarliestStart() : start;
    }

    private void recreate(List<PlanningVisit> removed, Random random, Map<NurseShift, DraftRoute> drafts) {
        int order = random.nextInt(8);
        if (order < 4) {
            Collections.shuffle(removed, random);
        } else if (order < 6) {
            removed.sort(Comparator.comparingLong(v -> v.getEffectiveLatestStart() - v.getEffectiveEarliestStart()));
        } else {
            Collections.shuffle(removed, random); // ties in a random order
            removed.sort(Comparator.comparingDouble((PlanningVisit v) -> -distanceFromStarts(v)));
        }
        // A draw for every position tried: java.util.Random's synchronised step was 5% of team L's CPU samples
        SplittableRandom blinks = new SplittableRandom(random.nextLong());
        for (PlanningVisit visit : removed) {
            DraftRoute best = null;
            int bestIndex = -1;
            long bestCost = DraftRoute.INFEASIBLE;
            for (NurseShift shift : routesFor(visit)) {
                DraftRoute draft = draft(drafts, shift);
                long continuity = continuityCost(visit, shift.getNurse(), drafts);
                for (int index = 0; index <= draft.visits.size(); index++) {
                    if (blinks.nextDouble() < BLINK) {
                        continue;
                    }
                    long travel = draft.cost(visit, index);
                    if (travel == DraftRoute.INFEASIBLE) {
                        continue;
                    }
                    long cost = travel * travelWeight + continuity;
                    if (cost < bestCost) {
                        best = draft;
                        bestIndex = index;
                        bestCost = cost;
                    }
                }
            }
            if (best == null) {
                draft(drafts, roster.getUnassigned()).append(visit);
            } else {
                best.insert(visit, bestIndex);
            }
        }
    }

    /** One more distinct nurse for the client, priced as the score does (approximately: the target is ignored). */
    private long continuityCost(PlanningVisit visit, PlanningNurse nurse, Map<NurseShift, DraftRoute> drafts) {
        if (extraNurseWeight == 0) {
            return 0;
        }
        for (PlanningVisit other : visitsOfClient.get(visit.getClient())) {
            if (other != visit && other.getShift() != null && !other.getShift().isUnassignedBucket()
                    && other.getShift().getNurse() == nurse) {
                DraftRoute draft = drafts.get(other.getShift());
                if (draft == null || containsIdentical(draft.visits, other)) {
                    return 0;
                }
            }
        }
        return extraNurseWeight;
    }

    private double distanceFromStarts(PlanningVisit visit) {
        NurseShift[] shifts = reachable(visit);
        return shifts.length == 0 ? 0
                : visit.getLocation().straightLineDistanceTo(shifts[0].getNurse().getStartLocation());
    }

    private DraftRoute draft(Map<NurseShift, DraftRoute> drafts, NurseShift shift) {
        return drafts.computeIfAbsent(shift, s -> new DraftRoute(s, windows, shiftEnd));
    }

    /** Open shifts that can hold the visit (not the bucket). */
    private List<NurseShift> routesFor(PlanningVisit visit) {
        NurseShift[] all = reachable(visit);
        List<NurseShift> routes = new ArrayList<>(all.length);
        for (NurseShift shift : all) {
            if (!shift.isLocked()) {
                routes.add(shift);
            }
        }
        return routes;
    }

    private NurseShift[] reachable(PlanningVisit visit) {
        return fitting.computeIfAbsent(visit, v -> roster.getShifts().stream()
                .filter(shift -> !shift.isUnassignedBucket()
                        && filter.fits(roster.getConstraintWeights(), v, shift))
                .toArray(NurseShift[]::new));
    }

    /** The single visits nearest to {@code visit} by straight line that can be in one shift with it in time. */
    private PlanningVisit[] nearest(PlanningVisit visit) {
        return nearest.computeIfAbsent(visit, v -> singles.stream()
                .filter(other -> other != v && !v.isTimeApartFrom(other))
                .sorted(Comparator.comparingDouble(other -> v.getLocation().straightLineDistanceTo(
                        other.getLocation())))
                .limit(NEIGHBOURS)
                .toArray(PlanningVisit[]::new));
    }

    private static int indexOf(List<PlanningVisit> visits, PlanningVisit visit) {
        for (int i = 0; i < visits.size(); i++) {
            if (visits.get(i) == visit) {
                return i;
            }
        }
        throw new IllegalStateException(visit + " is not in its shift's list");
    }

    private static boolean containsIdentical(List<PlanningVisit> visits, PlanningVisit visit) {
        for (PlanningVisit v : visits) {
            if (v == visit) {
                return true;
            }
        }
        return false;
    }
}
