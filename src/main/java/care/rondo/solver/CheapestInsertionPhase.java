package care.rondo.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

import care.rondo.planning.NurseShift;
import care.rondo.planning.PlanningClient;
import care.rondo.planning.PlanningNurse;
import care.rondo.planning.PlanningVisit;
import care.rondo.planning.RosterConstraint;
import care.rondo.planning.RosterConstraintWeights;
import care.rondo.planning.VisitRoster;
import care.rondo.planning.WorkRules;
import care.rondo.solver.WorkloadConstraints.WorkSpan;

/**
 * Places the single visits nobody has placed yet, hardest first, each at its cheapest position over the open shifts
 * that {@linkplain ReachableShiftMoveFilter can hold it}, without one score calculation: positions are checked in
 * O(1) by {@link DraftRoute} (windows, shift end, capacity, the start of linked visits already placed), and the chosen
 * one must keep the nurse within the working-time rules (contract maximum, work per day, rest between days). The
 * cost is added travel plus what the team pays for one more nurse for the client, a nurse new to her or not one of
 * her preferred nurses. A visit that fits nowhere goes to the unassigned bucket, where the construction heuristic
 * would have put it too (its positions were checked with the same timing and rules); the search takes it from there.
 * <p>
 * Why: the construction heuristic scores every position of every reachable shift, about 120 score calculations per
 * visit on a team week; on a cold JVM that took 2 s for team M (698 visits) and 8 s for team L before the first
 * feasible roster, where this phase takes milliseconds and leaves the search the rest of the time.
 * <p>
 * Workload fairness is left to the search. Priced here (when it still measured hours against the contract midpoint),
 * every early visit went to whichever nurse was furthest below her contract target, wherever she worked: a 30-minute
 * visit moves an empty week towards its target by more than a thousand times an added minute of travel, and a longer
 * trip counted as more work towards it. Team L's four neighbourhoods then came out of construction with 14 minutes of
 * travel a visit and 227-435 visits left out, against 9 minutes and 96-338 without; after the search, fewer visits
 * undone on all three seeds.
 */
public class CheapestInsertionPhase implements CustomPhaseCommand<VisitRoster> {

    private static final String VISITS = "visits";

    private final ReachableShiftMoveFilter filter = new ReachableShiftMoveFilter();

    @Override
    public void changeWorkingSolution(ScoreDirector<VisitRoster> scoreDirector) {
        VisitRoster roster = scoreDirector.getWorkingSolution();
        if (roster.getConstraintWeights().weightOf(RosterConstraint.LATE_START).hardScore() == 0) {
            return; // lateness is a cost (HHCRSP): only the score can weigh it against travel
        }
        Placement placement = new Placement(roster);
        List<PlanningVisit> todo = new ArrayList<>();
        for (PlanningVisit visit : roster.getVisits()) {
            if (visit.getShift() == null && visit.getPartner() == null && !visit.isPinned()) {
                todo.add(visit);
            }
        }
        todo.sort(new VisitDifficultyComparator().reversed());
        Map<PlanningVisit, NurseShift> placed = new IdentityHashMap<>();
        NurseShift bucket = roster.getUnassigned();
        DraftRoute unassigned = bucket.isLocked() ? null : new DraftRoute(bucket, false, false);
        for (PlanningVisit visit : todo) {
            DraftRoute route = placement.place(visit);
            if (route == null && unassigned != null) {
                unassigned.append(visit);
                route = unassigned;
            }
            if (route != null) {
                placed.put(visit, route.shift);
            }
        }
        List<DraftRoute> changed = new ArrayList<>(placement.drafts.values());
        if (unassigned != null) {
            changed.add(unassigned);
        }
        apply(scoreDirector, changed, placed);
    }

    /**
     * Puts the placed visits into the working lists one at a time, each announced as assigned at its index (the
     * supplies of a list variable accept one new element per change), in list order so that every index is final.
     */
    private static void apply(ScoreDirector<VisitRoster> scoreDirector, Iterable<DraftRoute> drafts,
            Map<PlanningVisit, NurseShift> placed) {
        for (DraftRoute draft : drafts) {
            if (!draft.changed()) {
                continue;
            }
            for (int index = 0; index < draft.visits.size(); index++) {
                PlanningVisit visit = draft.visits.get(index);
                if (!placed.containsKey(visit)) {
                    continue;
                }
                assign(scoreDirector, draft.shift, index, visit);
            }
        }
    }

    /**
     * Puts an unplaced visit into the shift's list at {@code index}, announced as the supplies of a list variable
     * expect it: one new element per change (also used by {@link LinkedVisitConstructionPhase}).
     */
    static void assign(ScoreDirector<VisitRoster> scoreDirector, NurseShift shift, int index, PlanningVisit visit) {
        scoreDirector.beforeListVariableChanged(shift, VISITS, index, index);
        scoreDirector.beforeListVariableElementAssigned(shift, VISITS, visit);
        shift.getVisits().add(index, visit);
        scoreDirector.afterListVariableElementAssigned(shift, VISITS, visit);
        scoreDirector.afterListVariableChanged(shift, VISITS, index, index + 1);
        scoreDirector.triggerVariableListeners();
    }

    /** The drafts of every open shift and what a placement costs under the roster's weights. */
    private final class Placement {

        private final VisitRoster roster;
        private final WorkRules rules;
        private final boolean windows;
        private final boolean shiftEnd;
        private final long travelWeight;
        private final long extraNurseWeight;
        private final long newNurseWeight;
        private final long notPreferredWeight;
        /** In the roster's shift order: ties between equally cheap shifts go the same way in every run. */
        private final Map<NurseShift, DraftRoute> drafts = new LinkedHashMap<>();
        private final Map<PlanningNurse, List<NurseShift>> shiftsOfNurse = new IdentityHashMap<>();
        private final Map<PlanningClient, Set<PlanningNurse>> nursesOfClient = new HashMap<>();

        Placement(VisitRoster roster) {
            this.roster = roster;
            this.rules = roster.getWorkRules();
            RosterConstraintWeights weights = roster.getConstraintWeights();
            windows = weights.weightOf(RosterConstraint.LATE_START).hardScore() > 0;
            shiftEnd = weights.weightOf(RosterConstraint.SHIFT_END_EXCEEDED).hardScore() > 0;
            travelWeight = weights.weightOf(RosterConstraint.TRAVEL_TIME).softScore();
            extraNurseWeight = weights.weightOf(RosterConstraint.DISTINCT_NURSES_PER_CLIENT).softScore();
            newNurseWeight = weights.weightOf(RosterConstraint.NURSE_NEW_TO_CLIENT).softScore();
            notPreferredWeight = weights.weightOf(RosterConstraint.PREFERRED_NURSE_NOT_USED).softScore();
            for (NurseShift shift : roster.getShifts()) {
                if (shift.isUnassignedBucket()) {
                    continue;
                }
                shiftsOfNurse.computeIfAbsent(shift.getNurse(), n -> new ArrayList<>()).add(shift);
                if (!shift.isLocked()) {
                    drafts.put(shift, new DraftRoute(shift, windows, shiftEnd));
                }
                for (PlanningVisit visit : shift.getVisits()) {
                    nursesOfClient.computeIfAbsent(visit.getClient(), c -> new HashSet<>()).add(shift.getNurse());
                }
            }
        }

        /** Puts the visit at the cheapest position that keeps the working-time rules, or returns null. */
        DraftRoute place(PlanningVisit visit) {
            List<Candidate> candidates = new ArrayList<>();
            for (DraftRoute draft : drafts.values()) {
                if (!filter.fits(roster.getConstraintWeights(), visit, draft.shift)) {
                    continue;
                }
                long extra = nurseCost(visit, draft.shift.getNurse());
                int bestIndex = -1;
                long bestTravel = DraftRoute.INFEASIBLE;
                for (int index = 0; index <= draft.visits.size(); index++) {
                    long travel = draft.cost(visit, index);
                    if (travel < bestTravel) {
                        bestTravel = travel;
                        bestIndex = index;
                    }
                }
                if (bestIndex >= 0) {
                    candidates.add(new Candidate(draft, bestIndex, bestTravel * travelWeight + extra));
                }
            }
            candidates.sort(Comparator.comparingLong(Candidate::cost));
            for (Candidate candidate : candidates) {
                PlanningNurse nurse = candidate.draft.shift.getNurse();
                WorkCheck before = workCheck(nurse);
                candidate.draft.insert(visit, candidate.index);
                WorkCheck after = workCheck(nurse);
                if (after.keeps(before, nurse)) {
                    nursesOfClient.computeIfAbsent(visit.getClient(), c -> new HashSet<>()).add(nurse);
                    return candidate.draft;
                }
                candidate.draft.remove(candidate.index);
            }
            return null;
        }

        private long nurseCost(PlanningVisit visit, PlanningNurse nurse) {
            PlanningClient client = visit.getClient();
            long cost = 0;
            Set<PlanningNurse> seen = nursesOfClient.get(client);
            if (seen != null && !seen.isEmpty() && !seen.contains(nurse)) {
                cost += extraNurseWeight;
            }
            if (!client.lastWeekNurseIds().isEmpty() && !client.lastWeekNurseIds().contains(nurse.getId())) {
                cost += newNurseWeight;
            }
            if (!client.preferredNurseIds().isEmpty() && !client.preferredNurseIds().contains(nurse.getId())) {
                cost += notPreferredWeight;
            }
            return cost;
        }

        /** The nurse's week as the working-time constraints see it, from her drafts and her locked shifts. */
        private WorkCheck workCheck(PlanningNurse nurse) {
            List<WorkSpan> spans = new ArrayList<>();
            Map<Integer, Long> perDay = new HashMap<>();
            long week = 0;
            for (NurseShift shift : shiftsOfNurse.getOrDefault(nurse, List.of())) {
                DraftRoute draft = drafts.get(shift);
                Long start = draft == null ? shift.getWorkStart() : draft.workStart();
                Long end = draft == null ? shift.getWorkEnd() : draft.workEnd();
                if (start == null) {
                    continue;
                }
                spans.add(new WorkSpan(shift.getDay(), start, end));
                week += end - start;
                perDay.merge(shift.getDay(), end - start, Long::sum);
            }
            long overDay = 0;
            for (long work : perDay.values()) {
                overDay += Math.max(0, work - rules.maxWorkPerDay());
            }
            return new WorkCheck(week, overDay, WorkloadConstraints.restShortfall(spans, rules));
        }
    }

    private record Candidate(DraftRoute draft, int index, long cost) {
    }

    /** What the three working-time rules see of one nurse's week. */
    private record WorkCheck(long week, long overDay, long restShortfall) {

        /** Whether this (after a placement) breaks no rule the week {@code before} kept, nor worsens one it broke. */
        boolean keeps(WorkCheck before, PlanningNurse nurse) {
            long max = nurse.getContractMaxPerWeek();
            return (week <= max || week <= before.week) && overDay <= before.overDay
                    && restShortfall <= before.restShortfall;
        }
    }
}
