package care.rondo.solver;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

import care.rondo.planning.NurseShift;
import care.rondo.planning.Visit;
import care.rondo.planning.VisitRoster;

/**
 * Random ejections, as a {@link TwoVisitMove} of two unlinked visits: an unassigned visit takes the place of a
 * nearby assigned one, which moves next to one of its own nearby visits on another shift (or, now and then, to the
 * unassigned bucket). When routes are full, a single insertion of the unassigned visit always breaks a window or the
 * shift end; making room and filling it in one step improves the medium level directly instead of waiting for a
 * chain of neutral moves. Only single visits take part: linked pairs are moved by {@link LinkedPairMoveFactory}.
 * <p>
 * "Nearby" ranks by {@link VisitNearbyDistanceMeter}, so a team week looks at the same day. The nearest visits of
 * each visit are computed once per phase; nothing is generated while the bucket holds no movable visit.
 */
public class EjectionMoveFactory implements MoveIteratorFactory<VisitRoster, TwoVisitMove> {

    private static final int NEAREST = 32;
    private static final int TRIES = 8;
    private static final double TO_BUCKET_PROBABILITY = 0.1;

    private final VisitNearbyDistanceMeter meter = new VisitNearbyDistanceMeter();
    private final ReachableShiftMoveFilter filter = new ReachableShiftMoveFilter();
    private final Map<Visit, Visit[]> nearest = new IdentityHashMap<>();
    private VisitRoster roster;

    @Override
    public void phaseStarted(ScoreDirector<VisitRoster> scoreDirector) {
        roster = scoreDirector.getWorkingSolution();
        nearest.clear();
    }

    @Override
    public void phaseEnded(ScoreDirector<VisitRoster> scoreDirector) {
        roster = null;
        nearest.clear();
    }

    @Override
    public long getSize(ScoreDirector<VisitRoster> scoreDirector) {
        return (long) scoreDirector.getWorkingSolution().getUnassigned().getVisits().size() * NEAREST * NEAREST;
    }

    @Override
    public Iterator<TwoVisitMove> createOriginalMoveIterator(ScoreDirector<VisitRoster> scoreDirector) {
        throw new UnsupportedOperationException("Ejection moves are selected randomly only");
    }

    @Override
    public Iterator<TwoVisitMove> createRandomMoveIterator(ScoreDirector<VisitRoster> scoreDirector,
            Random random) {
        NurseShift bucket = scoreDirector.getWorkingSolution().getUnassigned();
        if (bucket.isLocked() || bucket.getVisits().stream().noneMatch(EjectionMoveFactory::single)) {
            return Collections.emptyIterator();
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public TwoVisitMove next() {
                return randomMove(bucket, random);
            }
        };
    }

    /** Unlinked and unpinned: what an ejection may take out of the bucket or out of a route. */
    private static boolean single(Visit visit) {
        return visit.getPartner() == null && !visit.isPinned();
    }

    private TwoVisitMove randomMove(NurseShift bucket, Random random) {
        List<Visit> unassigned = bucket.getVisits();
        for (int attempt = 0; attempt < TRIES; attempt++) {
            Visit inserted = unassigned.get(random.nextInt(unassigned.size()));
            if (!single(inserted)) {
                continue;
            }
            Visit ejected = nearbyAssigned(inserted, null, random);
            if (ejected == null || !fits(inserted, ejected.getShift())) {
                continue;
            }
            NurseShift route = ejected.getShift();
            int ejectedIndex = route.getVisits().indexOf(ejected);
            int insertedIndex = Math.max(0, Math.min(route.getVisits().size() - 1,
                    ejectedIndex + random.nextInt(3) - 1));
            if (random.nextDouble() < TO_BUCKET_PROBABILITY) {
                return new TwoVisitMove(inserted, route, insertedIndex, ejected, bucket, unassigned.size() - 1);
            }
            Visit anchor = nearbyAssigned(ejected, route, random);
            if (anchor == null || !fits(ejected, anchor.getShift())) {
                continue;
            }
            int anchorIndex = anchor.getShift().getVisits().indexOf(anchor);
            return new TwoVisitMove(inserted, route, insertedIndex, ejected, anchor.getShift(),
                    anchorIndex + random.nextInt(2));
        }
        Visit any = unassigned.get(0);
        int index = unassigned.indexOf(any);
        return new TwoVisitMove(any, bucket, index, any, bucket, index); // not doable: skipped
    }

    /** A random unlinked, unpinned visit among the nearest of {@code origin} on an open shift other than {@code not}. */
    private Visit nearbyAssigned(Visit origin, NurseShift not, Random random) {
        Visit[] near = nearest.computeIfAbsent(origin, this::nearestOf);
        int start = random.nextInt(near.length == 0 ? 1 : near.length);
        for (int i = 0; i < near.length; i++) {
            Visit candidate = near[(start + i) % near.length];
            if (candidate.isAssigned() && single(candidate) && candidate.getShift() != not
                    && !candidate.getShift().isLocked()) {
                return candidate;
            }
        }
        return null;
    }

    private boolean fits(Visit visit, NurseShift shift) {
        return !shift.isLocked() && filter.fits(roster.getConstraintWeights(), visit, shift);
    }

    private Visit[] nearestOf(Visit origin) {
        PriorityQueue<Visit> farthestFirst = new PriorityQueue<>(NEAREST + 1,
                (a, b) -> Double.compare(meter.getNearbyDistance(origin, b), meter.getNearbyDistance(origin, a)));
        for (Visit visit : roster.getVisits()) {
            if (visit != origin && single(visit)) {
                farthestFirst.add(visit);
                if (farthestFirst.size() > NEAREST) {
                    farthestFirst.poll();
                }
            }
        }
        List<Visit> found = new ArrayList<>(farthestFirst);
        return found.toArray(Visit[]::new);
    }
}
