package care.rondo.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.impl.domain.variable.descriptor.ListVariableDescriptor;
import org.optaplanner.core.impl.heuristic.move.Move;
import org.optaplanner.core.impl.heuristic.selector.move.generic.list.ListChangeMove;
import org.optaplanner.core.impl.heuristic.selector.move.generic.list.ListSwapMove;
import org.optaplanner.core.impl.heuristic.selector.move.generic.list.SubListChangeMove;
import org.optaplanner.core.impl.heuristic.selector.move.generic.list.SubListSwapMove;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.optaplanner.core.impl.solver.DefaultSolverFactory;

import care.rondo.solver.RosterSolverConfig;
import care.rondo.solver.TwoVisitMove;

/**
 * The incremental timing must equal a from-scratch timing after every move. Random rosters with double-handed and
 * sequence pairs (some with a fixed gap, some with a pinned first visit), pinned visits at fixed starts and a
 * locked day get long sequences of random moves through a real score director and its shadow-variable listeners:
 * list changes and swaps, sub-list changes and swaps (reversed too), both visits of a pair at once, into and out of
 * the unassigned bucket; half of them undone again, as the solver does. After every move and every undo each
 * visit's arrival, start and end and each shift's working span must equal {@link ReferenceTimetable}, main's
 * from-scratch algorithm, including where partners wait for each other in a cycle and the rounds do not settle.
 */
class RouteTimingRandomizedTest {

    private static final int MOVES = 4_000;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(ints = { 1, 2, 3, 4, 5, 6, 7, 8 })
    void incrementalTimesEqualFromScratchAfterEveryMove(int seed) {
        Random random = new Random(seed);
        RosterFixture f = new RosterFixture();
        VisitRoster roster = randomRoster(f, random);
        DefaultSolverFactory<VisitRoster> factory = (DefaultSolverFactory<VisitRoster>) SolverFactory
                .<VisitRoster> create(RosterSolverConfig.create(new TerminationConfig().withStepCountLimit(1),
                        EnvironmentMode.REPRODUCIBLE, false));
        int unsettledStates = 0;
        int checks = 0;
        try (InnerScoreDirector<VisitRoster, ?> scoreDirector = factory.getScoreDirectorFactory()
                .buildScoreDirector(true, false)) {
            scoreDirector.setWorkingSolution(roster);
            @SuppressWarnings("unchecked")
            ListVariableDescriptor<VisitRoster> visits = (ListVariableDescriptor<VisitRoster>) scoreDirector
                    .getSolutionDescriptor().findEntityDescriptorOrFail(NurseShift.class)
                    .getGenuineVariableDescriptor("visits");
            assertMatchesFromScratch(roster, "start");
            for (int m = 0; m < MOVES; m++) {
                Move<VisitRoster> move = randomMove(roster, visits, random);
                if (move == null || !move.isMoveDoable(scoreDirector)) {
                    continue;
                }
                String description = m + ": " + move;
                Move<VisitRoster> undo = move.doMove(scoreDirector);
                scoreDirector.calculateScore();
                assertMatchesFromScratch(roster, description);
                checks++;
                unsettledStates += roster.unsettledVisits > 0 ? 1 : 0;
                if (random.nextBoolean()) {
                    undo.doMoveOnly(scoreDirector);
                    scoreDirector.calculateScore();
                    assertMatchesFromScratch(roster, "undo " + description);
                    checks++;
                }
            }
        }
        assertThat(checks).isGreaterThan(MOVES / 2);
        assertThat(unsettledStates).as("moves that made partners wait in a cycle").isPositive();
    }

    private static VisitRoster randomRoster(RosterFixture f, Random random) {
        List<NurseShift> shifts = new ArrayList<>();
        for (int n = 0; n < 4; n++) {
            PlanningNurse nurse = f.nurse("n" + n, 5);
            for (int day = 0; day < 2; day++) {
                shifts.add(f.shift(nurse, day, 7, 14 + random.nextInt(3)));
            }
        }
        List<PlanningVisit> singles = new ArrayList<>();
        for (int v = 0; v < 26; v++) {
            singles.add(randomVisit(f, random, "v" + v));
        }
        for (int p = 0; p < 5; p++) {
            PlanningVisit lead = randomVisit(f, random, "dh" + p + "a");
            PlanningVisit other = new PlanningVisit("dh" + p + "b", lead.getClient(), lead.getLocation(), lead.getEarliestStart(),
                    lead.getLatestStart(), lead.getDuration() + random.nextInt(2) * 10, 2, Set.of(), 1);
            f.visits.add(other);
            PlanningVisit.linkDoubleHanded(lead, other);
        }
        for (int p = 0; p < 4; p++) {
            PlanningVisit first = randomVisit(f, random, "seq" + p + "a");
            PlanningVisit second = randomVisit(f, random, "seq" + p + "b");
            long minGap = 20 + random.nextInt(60);
            long maxGap = p == 0 ? minGap : minGap + random.nextInt(90);
            PlanningVisit.linkSequence(first, second, minGap, maxGap);
            if (p == 1) {
                first.pin(first.getEarliestStart() + 30); // a pinned first visit never waits for its follow-up
            }
        }
        VisitRoster roster = f.roster(new WorkRules(8 * 60, 11 * 60, 60));
        // pinned visits at fixed starts, first in their routes
        for (int i = 0; i < 3; i++) {
            PlanningVisit pinned = singles.get(i);
            NurseShift shift = shifts.get(2 * i + (int) (pinned.getEarliestStart() / RosterFixture.DAY));
            pinned.pin(Math.max(pinned.getEarliestStart(), shift.getStart() + 60));
            shift.getVisits().add(0, pinned);
        }
        for (PlanningVisit visit : f.visits) {
            if (visit.isPinned() && visit.getPinnedStart() != null && singles.contains(visit)) {
                continue;
            }
            int to = random.nextInt(shifts.size() + 2);
            NurseShift shift = to >= shifts.size() ? roster.getUnassigned() : shifts.get(to);
            shift.getVisits().add(random.nextInt(shift.getVisits().size() + 1), visit);
        }
        shifts.get(random.nextInt(shifts.size())).setLocked(true);
        return roster;
    }

    private static PlanningVisit randomVisit(RosterFixture f, Random random, String id) {
        int day = random.nextInt(2);
        long earliest = day * RosterFixture.DAY + (7 + random.nextInt(6)) * 60L;
        return f.visit(id, PlanningClient.of("c" + random.nextInt(10)), 1 + random.nextInt(48), earliest,
                earliest + random.nextInt(120), 10 + random.nextInt(40));
    }

    private static Move<VisitRoster> randomMove(VisitRoster roster, ListVariableDescriptor<VisitRoster> visits,
            Random random) {
        List<NurseShift> all = roster.getAllShifts();
        NurseShift from = all.get(random.nextInt(all.size()));
        NurseShift to = all.get(random.nextInt(all.size()));
        if (from.isLocked() || to.isLocked() || from.getVisits().isEmpty()) {
            return null;
        }
        int fromIndex = random.nextInt(from.getVisits().size());
        PlanningVisit visit = from.getVisits().get(fromIndex);
        if (visit.isPinned()) {
            return null;
        }
        int kind = random.nextInt(5);
        switch (kind) {
            case 0 -> {
                int size = to.getVisits().size() - (from == to ? 1 : 0);
                return new ListChangeMove<>(visits, from, fromIndex, to, random.nextInt(size + 1));
            }
            case 1 -> {
                if (to.getVisits().isEmpty()) {
                    return null;
                }
                int toIndex = random.nextInt(to.getVisits().size());
                if (to.getVisits().get(toIndex).isPinned()) {
                    return null;
                }
                return new ListSwapMove<>(visits, from, fromIndex, to, toIndex);
            }
            case 2 -> {
                int length = Math.min(1 + random.nextInt(3), from.getVisits().size() - fromIndex);
                if (from.getVisits().subList(fromIndex, fromIndex + length).stream().anyMatch(PlanningVisit::isPinned)) {
                    return null;
                }
                int size = to.getVisits().size() - (from == to ? length : 0);
                return new SubListChangeMove<>(visits, from, fromIndex, length, to, random.nextInt(size + 1),
                        random.nextBoolean());
            }
            case 3 -> {
                int length = Math.min(1 + random.nextInt(3), from.getVisits().size() - fromIndex);
                if (from == to || to.getVisits().isEmpty()) {
                    return null;
                }
                int toFrom = random.nextInt(to.getVisits().size());
                int toLength = Math.min(1 + random.nextInt(3), to.getVisits().size() - toFrom);
                if (from.getVisits().subList(fromIndex, fromIndex + length).stream().anyMatch(PlanningVisit::isPinned)
                        || to.getVisits().subList(toFrom, toFrom + toLength).stream().anyMatch(PlanningVisit::isPinned)) {
                    return null;
                }
                return new SubListSwapMove<>(visits, from, fromIndex, fromIndex + length, to, toFrom,
                        toFrom + toLength, random.nextBoolean());
            }
            default -> {
                PlanningVisit partner = visit.getPartner();
                if (partner == null || partner.isPinned() || partner.getShift().isLocked()) {
                    return null;
                }
                NurseShift other = all.get(random.nextInt(all.size()));
                if (other.isLocked()) {
                    return null;
                }
                int toBase = to.getVisits().size() - (visit.getShift() == to ? 1 : 0)
                        - (partner.getShift() == to ? 1 : 0);
                if (other == to) {
                    // both into one list: two distinct positions of the final list of toBase + 2 visits
                    int toIndex = random.nextInt(toBase + 2);
                    int otherIndex = random.nextInt(toBase + 1);
                    otherIndex += otherIndex >= toIndex ? 1 : 0;
                    return new TwoVisitMove(visit, to, toIndex, partner, other, otherIndex);
                }
                int otherBase = other.getVisits().size() - (visit.getShift() == other ? 1 : 0)
                        - (partner.getShift() == other ? 1 : 0);
                return new TwoVisitMove(visit, to, random.nextInt(toBase + 1), partner, other,
                        random.nextInt(otherBase + 1));
            }
        }
    }

    private static void assertMatchesFromScratch(VisitRoster roster, String after) {
        ReferenceTimetable reference = ReferenceTimetable.of(roster);
        for (PlanningVisit visit : roster.getVisits()) {
            ReferenceTimetable.Times expected = reference.times(visit);
            if (expected == null) {
                assertThat(visit.getStartTime()).as("%s unassigned after %s", visit, after).isNull();
                assertThat(visit.getArrivalTime()).as("%s unassigned after %s", visit, after).isNull();
                continue;
            }
            assertThat(new ReferenceTimetable.Times(visit.getArrivalTime(), visit.getStartTime(), visit.getEndTime()))
                    .as("times of %s after %s", visit, after).isEqualTo(expected);
        }
        for (NurseShift shift : roster.getShifts()) {
            assertThat(new ReferenceTimetable.Span(shift.getWorkStart(), shift.getWorkEnd()))
                    .as("span of %s after %s", shift, after).isEqualTo(reference.span(shift));
        }
    }
}
