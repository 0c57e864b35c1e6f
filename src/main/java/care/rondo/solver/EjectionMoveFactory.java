package care.rondo.solver;
import care.rondo.planning.PlanningVisit;
import care.rondo.planning.RosterConstraint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.domain.variable.descriptor.ListVariableDescriptor;
import org.optaplanner.core.impl.heuristic.move.Move;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import org.optaplanner.core.impl.heuristic.selector.move.generic.list.ListChangeMove;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;

import care.rondo.planning.Location;
import care.rondo.planning.NurseShift;
import care.rondo.planning.PlanningClient;
import care.rondo.planning.PlanningNurse;
import care.rondo.planning.RosterConstraintWeights;
import care.rondo.planning.VisitRoster;

/**
 * Brings unassigned visits back by searching, not guessing, in the spirit of Nagata and Bräysy's ejection pool. For
 * a random unassigned visit it looks at every open shift that {@linkplain ReachableShiftMoveFilter can hold it} and,
 * {@linkplain RouteProbe timing each changed route}:
 * <ol>
 * <li>puts it where it fits as the route is (a plain list change);</li>
 * <li>or puts it in place of a visit near where it belongs in time, if that visit then fits into another route as
 * it is (a {@link TwoVisitMove} that plans one more visit);</li>
 * <li>or else in place of such a visit that goes to the unassigned bucket instead, choosing the one that has been
 * searched for the least often itself (the ejection pool's "penalty counters"): equal on the medium level, but it
 * moves hard-to-place visits into routes and leaves the easy ones to be placed later.</li>
 * </ol>
 * Where it fits in several places, a team week takes the one with the least extra travel and continuity cost,
 * other rosters the first found (see {@link #cheapestPlace}).
 * When routes are full a single insertion always breaks a window or the shift end, and random positions rarely hit
 * the one combination that fits; this finds it in microseconds. The score still judges every move. Only single
 * visits take part (linked pairs are moved by {@link LinkedPairMoveFactory}); pinned visits and locked shifts are
 * never touched.
 * <p>
 * Measured on six Solomon instances at their best-known fleet size (3 seeds × 20 s each): 13-16 customers left
 * unserved in all over two measurements, against 36 with the random ejection it replaces. Tried and dropped, as
 * they served fewer: three-visit chains, taking out runs of 2-4 visits, sampling 12 candidates instead of all, a
 * wider time slot (6 instead of 4 visits per route); without the back-off as many were served with half the score
 * calculations.
 */
public class EjectionMoveFactory implements MoveIteratorFactory<VisitRoster, Move<VisitRoster>> {

    /** Unassigned visits tried per move before giving up (a not-doable move, which the solver skips). */
    private static final int TRIES = 4;
    /**
     * After a search found nothing for a visit, it is not searched again for this many moves of this factory: the
     * routes need some accepted steps to change before the same search can find something else.
     */
    private static final int BACKOFF = 8;
    private static final int NEVER = -1_000_000;
    private static final int COUNT = 0;
    private static final int LAST_FAILED = 1;

    private final ReachableShiftMoveFilter filter = new ReachableShiftMoveFilter();
    private final Map<PlanningVisit, NurseShift[]> fitting = new IdentityHashMap<>();
    /** Per visit: how often it was searched for from the bucket (high: hard to place), and its last failed search. */
    private final Map<PlanningVisit, int[]> searched = new IdentityHashMap<>();
    private final Map<PlanningClient, List<PlanningVisit>> visitsOfClient = new HashMap<>();
    private long travelWeight;
    private long extraNurseWeight;
    private int calls;
    private VisitRoster roster;
    private RouteProbe probe;
    private ListVariableDescriptor<VisitRoster> visitsVariable;

    @Override
    @SuppressWarnings("unchecked")
    public void phaseStarted(ScoreDirector<VisitRoster> scoreDirector) {
        roster = scoreDirector.getWorkingSolution();
        fitting.clear();
        searched.clear();
        RosterConstraintWeights weights = roster.getConstraintWeights();
        travelWeight = weights.weightOf(RosterConstraint.TRAVEL_TIME).softScore();
        extraNurseWeight = weights.weightOf(RosterConstraint.DISTINCT_NURSES_PER_CLIENT).softScore();
        visitsOfClient.clear();
        for (PlanningVisit visit : roster.getVisits()) {
            if (visit.getClient() != null) {
                visitsOfClient.computeIfAbsent(visit.getClient(), c -> new ArrayList<>()).add(visit);
            }
        }
        probe = new RouteProbe(weights.weightOf(RosterConstraint.LATE_START).hardScore() > 0,
                weights.weightOf(RosterConstraint.SHIFT_END_EXCEEDED).hardScore() > 0);
        visitsVariable = (ListVariableDescriptor<VisitRoster>) ((InnerScoreDirector<VisitRoster, ?>) scoreDirector)
                .getSolutionDescriptor().findEntityDescriptorOrFail(NurseShift.class)
                .getGenuineVariableDescriptor("visits");
    }

    @Override
    public void phaseEnded(ScoreDirector<VisitRoster> scoreDirector) {
        roster = null;
        fitting.clear();
        searched.clear();
        visitsOfClient.clear();
    }

    @Override
    public long getSize(ScoreDirector<VisitRoster> scoreDirector) {
        VisitRoster solution = scoreDirector.getWorkingSolution();
        return (long) solution.getUnassigned().getVisits().size() * solution.getVisits().size();
    }

    @Override
    public Iterator<Move<VisitRoster>> createOriginalMoveIterator(ScoreDirector<VisitRoster> scoreDirector) {
        throw new UnsupportedOperationException("Ejection moves are selected randomly only");
    }

    @Override
    public Iterator<Move<VisitRoster>> createRandomMoveIterator(ScoreDirector<VisitRoster> scoreDirector,
            Random random) {
        NurseShift bucket = scoreDirector.getWorkingSolution().getUnassigned();
        if (bucket.isLocked() || bucket.getVisits().stream().noneMatch(EjectionMoveFactory::single)) {
            return Collections.emptyIterator();
        }
        // endless: the solver takes as many as it needs
        return Stream.generate(() -> randomMove(bucket, random)).iterator();
    }

    /** Unlinked and unpinned: what an ejection may take out of the bucket or out of a route. */
    private static boolean single(PlanningVisit visit) {
        return visit.getPartner() == null && !visit.isPinned();
    }

    private Move<VisitRoster> randomMove(NurseShift bucket, Random random) {
        calls++;
        probe.forget(); // the routes may have changed since the last move
        List<PlanningVisit> unassigned = bucket.getVisits();
        for (int attempt = 0; attempt < TRIES; attempt++) {
            PlanningVisit inserted = unassigned.get(random.nextInt(unassigned.size()));
            int[] record = searched.computeIfAbsent(inserted, v -> new int[] { 0, NEVER });
            if (!single(inserted) || calls - record[LAST_FAILED] < BACKOFF) {
                continue;
            }
            record[COUNT]++;
            Move<VisitRoster> move = search(inserted, bucket, random);
            if (move != null) {
                return move;
            }
            record[LAST_FAILED] = calls;
        }
        PlanningVisit any = unassigned.get(0);
        return new TwoVisitMove(any, bucket, 0, any, bucket, 0); // not doable: skipped
    }

    private Move<VisitRoster> search(PlanningVisit inserted, NurseShift bucket, Random random) {
        List<NurseShift> routes = routesFor(inserted, null);
        Place place = extraNurseWeight > 0 ? cheapestPlace(inserted, routes) : firstPlace(inserted, routes, random);
        if (place != null) {
            return new ListChangeMove<>(visitsVariable, bucket, bucket.getVisits().indexOf(inserted), place.route(),
                    place.index());
        }
        List<PlanningVisit> candidates = new ArrayList<>();
        for (NurseShift route : routes) {
            List<PlanningVisit> visits = route.getVisits();
            int slot = timeSlot(route, inserted);
            for (int i = Math.max(0, slot - 2); i <= Math.min(visits.size() - 1, slot + 1); i++) {
                if (single(visits.get(i))) {
                    candidates.add(visits.get(i));
                }
            }
        }
        Collections.shuffle(candidates, random);
        PlanningVisit swapOut = null;
        int swapIndex = -1;
        int leastSearched = Integer.MAX_VALUE;
        for (PlanningVisit ejected : candidates) {
            NurseShift route = ejected.getShift();
            int index = indexWithout(route, ejected, inserted, random);
            if (index < 0) {
                continue;
            }
            Move<VisitRoster> twoPlanned = reinsert(inserted, route, index, ejected);
            if (twoPlanned != null) {
                return twoPlanned;
            }
            int count = searchCount(ejected);
            if (count < leastSearched) {
                swapOut = ejected;
                swapIndex = index;
                leastSearched = count;
            }
        }
        return swapOut == null ? null
                : new TwoVisitMove(inserted, swapOut.getShift(), swapIndex, swapOut, bucket,
                        bucket.getVisits().size() - 1);
    }

    /** A position within three places of {@code ejected} where {@code inserted} fits once it is gone, or -1. */
    private int indexWithout(NurseShift route, PlanningVisit ejected, PlanningVisit inserted, Random random) {
        int ejectedIndex = route.getVisits().indexOf(ejected);
        int from = Math.max(0, ejectedIndex - 3);
        int to = Math.min(route.getVisits().size() - 1, ejectedIndex + 3);
        if (extraNurseWeight > 0) { // a team week: the place there that adds the least travel, as in cheapestPlace
            int best = -1;
            long bestTravel = Long.MAX_VALUE;
            for (int index = from; index <= to; index++) {
                long travel = extraTravelWithout(route, ejectedIndex, inserted, index);
                if (travel < bestTravel && probe.fits(route, ejected, inserted, index)) {
                    best = index;
                    bestTravel = travel;
                }
            }
            return best;
        }
        int offset = random.nextInt(to - from + 1);
        for (int i = 0; i <= to - from; i++) {
            int index = from + (offset + i) % (to - from + 1);
            if (probe.fits(route, ejected, inserted, index)) {
                return index;
            }
        }
        return -1;
    }

    /** {@link #extraTravel} in the route as it is once the visit at {@code removedIndex} is taken out. */
    private static long extraTravelWithout(NurseShift route, int removedIndex, PlanningVisit visit, int at) {
        PlanningNurse nurse = route.getNurse();
        List<PlanningVisit> visits = route.getVisits();
        int size = visits.size() - 1;
        Location before = at == 0 ? nurse.getStartLocation()
                : visits.get(at - 1 < removedIndex ? at - 1 : at).getLocation();
        Location after = at == size ? nurse.getStartLocation()
                : visits.get(at < removedIndex ? at : at + 1).getLocation();
        return detour(nurse, before, visit, after);
    }

    /** {@code inserted} into {@code route} at {@code index}, {@code ejected} to a place it fits elsewhere; or null. */
    private Move<VisitRoster> reinsert(PlanningVisit inserted, NurseShift route, int index, PlanningVisit ejected) {
        List<NurseShift> routes = routesFor(ejected, route);
        Place place = extraNurseWeight > 0 ? cheapestPlace(ejected, routes) : firstPlace(ejected, routes, null);
        return place == null ? null : new TwoVisitMove(inserted, route, index, ejected, place.route(), place.index());
    }

    private record Place(NurseShift route, int index) {
    }

    /**
     * Where a team week prices continuity, the position among {@code routes} where the visit fits at the least extra
     * travel and continuity, priced as the score does. The first fit (routes in roster order) gave the visit to
     * whichever nurse came first, whoever else saw the client: team L at an equal 600 k score calculations, seeds
     * 1/2/3, planned more with this (medium 2,400 / 87,600 / 263,400 to 1,800 / 77,100 / 258,600). Without
     * continuity (Solomon, HHCRSP) the first fit stays: the cheapest place served fewer customers on three of six
     * hard Solomon instances (R104, R207, RC202 at 400 k), since the packing needs the first fit's variety.
     */
    private Place cheapestPlace(PlanningVisit visit, List<NurseShift> routes) {
        Place best = null;
        long bestCost = Long.MAX_VALUE;
        for (NurseShift route : routes) {
            long continuity = continuityCost(visit, route.getNurse());
            if (continuity >= bestCost) {
                continue;
            }
            List<PlanningVisit> visits = route.getVisits();
            for (int at = 0; at <= visits.size(); at++) {
                if (!probe.fits(route, visit, at)) {
                    continue;
                }
                long cost = extraTravel(route, visit, at) * travelWeight + continuity;
                if (cost < bestCost) {
                    best = new Place(route, at);
                    bestCost = cost;
                }
            }
        }
        return best;
    }

    /** The first position that fits, routes in roster order, each route from a random position on (or its start). */
    private Place firstPlace(PlanningVisit visit, List<NurseShift> routes, Random random) {
        for (NurseShift route : routes) {
            int size = route.getVisits().size();
            int offset = random == null ? 0 : random.nextInt(size + 1);
            for (int i = 0; i <= size; i++) {
                int index = (offset + i) % (size + 1);
                if (probe.fits(route, visit, index)) {
                    return new Place(route, index);
                }
            }
        }
        return null;
    }

    /** What putting the visit at {@code at} adds to the route's travel. */
    private static long extraTravel(NurseShift route, PlanningVisit visit, int at) {
        PlanningNurse nurse = route.getNurse();
        List<PlanningVisit> visits = route.getVisits();
        Location before = at == 0 ? nurse.getStartLocation() : visits.get(at - 1).getLocation();
        Location after = at == visits.size() ? nurse.getStartLocation() : visits.get(at).getLocation();
        return detour(nurse, before, visit, after);
    }

    /** The extra travel of going from {@code before} to {@code after} by way of the visit (home at either end). */
    private static long detour(PlanningNurse nurse, Location before, PlanningVisit visit, Location after) {
        return nurse.travelTime(before, visit.getLocation()) + nurse.travelTime(visit.getLocation(), after)
                - nurse.travelTime(before, after);
    }

    /** One more distinct nurse for the client unless the nurse already sees her (the score's target ignored). */
    private long continuityCost(PlanningVisit visit, PlanningNurse nurse) {
        if (extraNurseWeight == 0) {
            return 0;
        }
        for (PlanningVisit other : visitsOfClient.getOrDefault(visit.getClient(), List.of())) {
            if (other != visit && other.isAssigned() && other.getShift().getNurse() == nurse) {
                return 0;
            }
        }
        return extraNurseWeight;
    }

    /** Open shifts other than {@code not} that can hold the visit: in a team week, that day's shifts. */
    private List<NurseShift> routesFor(PlanningVisit visit, NurseShift not) {
        NurseShift[] all = fitting.computeIfAbsent(visit, v -> roster.getShifts().stream()
                .filter(shift -> filter.fits(roster.getConstraintWeights(), v, shift))
                .toArray(NurseShift[]::new));
        List<NurseShift> routes = new ArrayList<>(all.length);
        for (NurseShift shift : all) {
            if (shift != not && !shift.isLocked()) {
                routes.add(shift);
            }
        }
        return routes;
    }

    /** Where the visit would come in the route by time: before the first visit starting after its window's middle. */
    private static int timeSlot(NurseShift route, PlanningVisit visit) {
        long middle = (visit.getEffectiveEarliestStart() + visit.getEffectiveLatestStart()) / 2;
        List<PlanningVisit> visits = route.getVisits();
        for (int i = 0; i < visits.size(); i++) {
            Long start = visits.get(i).getStartTime();
            if (start != null && start > middle) {
                return i;
            }
        }
        return visits.size();
    }

    private int searchCount(PlanningVisit visit) {
        int[] record = searched.get(visit);
        return record == null ? 0 : record[COUNT];
    }
}
