package care.rondo.solver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.constructionheuristic.placer.QueuedValuePlacerConfig;
import org.optaplanner.core.config.heuristic.selector.common.SelectionCacheType;
import org.optaplanner.core.config.heuristic.selector.common.SelectionOrder;
import org.optaplanner.core.config.heuristic.selector.common.decorator.SelectionSorterOrder;
import org.optaplanner.core.config.heuristic.selector.common.nearby.NearbySelectionConfig;
import org.optaplanner.core.config.heuristic.selector.common.nearby.NearbySelectionDistributionType;
import org.optaplanner.core.config.heuristic.selector.list.DestinationSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.list.SubListSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.MoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.ListChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.ListSwapMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.SubListChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.SubListSwapMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.value.ValueSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.impl.heuristic.selector.common.decorator.SelectionFilter;

import care.rondo.planning.NurseShift;
import care.rondo.planning.PlanningVisit;
import care.rondo.planning.VisitRoster;

/**
 * Builds the roster solver configuration in code (no XML to drift from the model).
 * <p>
 * Every move, construction heuristic included, goes through {@link ReachableShiftMoveFilter}, which is the
 * {@link PinnedVisitMoveFilter} plus pruning of shifts a visit can never be done in; the pin part is what makes pins
 * and locked shifts hold, so any selector added here must carry it too. Nearby selection (a community
 * feature in OptaPlanner 10.2) ranks by straight-line distance of location coordinates; switch it off for instances
 * without meaningful coordinates.
 * <p>
 * Simulated annealing with zero hard and medium temperature rather than the default late acceptance: once an early
 * step fixed a hard violation, late acceptance accepted anything for hundreds of steps, and "anything" here meant
 * dropping visits into the unassigned bucket (a 580-visit week ended with 400 unassigned after 3000 steps; simulated
 * annealing kept it at the construction heuristic's 78 and improved from there).
 */
public final class RosterSolverConfig {

    /** Nearby moves mostly pick among this many nearest destinations. */
    private static final int NEARBY_SIZE_MAXIMUM = 40;
    private static final int MAX_SUB_LIST_SIZE = 5;
    private static final long DEFAULT_SOFT_TEMPERATURE = 60;
    /**
     * Annealing start for team weeks in seconds (the service and {@code bench team/replan}): a step may trade up to
     * about this much travel for a way out of a local optimum early on, cooling to none at the time limit. Team M at
     * an equal 1.6 M score calculations (reproducible runs), seeds 1/2/3: from 3000 -1,435,539 soft / 57,600 /
     * 36,600 medium, from 1000 -1,495,385 / 60,600 / 37,500. From 6000 fresh weeks came out better on all three
     * (-1,430,176 / 54,900 / 35,700), but the service's re-plans of the demo team then handed 3.3-7.8% of the other
     * nurses' visits to someone else, and 3.1-4.4% with re-plans alone from 3000 (1.2-3.9% with both from 3000).
     */
    public static final long TEAM_WEEK_SOFT_TEMPERATURE = 3000;
    /** Pins first, then impossible destinations: one filter class on every selector. */
    private static final Class<ReachableShiftMoveFilter> MOVE_FILTER = ReachableShiftMoveFilter.class;

    private RosterSolverConfig() {
    }

    /**
     * The service's configuration, annealing from {@link #TEAM_WEEK_SOFT_TEMPERATURE}: stop after {@code spentLimit}
     * or when nothing improved for {@code unimproved}.
     * Both limits count local search only; the construction heuristic (seconds for a team-week) comes on top.
     */
    public static SolverConfig create(Duration spentLimit, Duration unimproved, EnvironmentMode environmentMode) {
        return create(new TerminationConfig().withSpentLimit(spentLimit).withUnimprovedSpentLimit(unimproved),
                environmentMode, true, TEAM_WEEK_SOFT_TEMPERATURE);
    }

    /** Like {@link #create(TerminationConfig, EnvironmentMode, boolean, long)} with a soft temperature of 60 units. */
    public static SolverConfig create(TerminationConfig localSearchTermination, EnvironmentMode environmentMode,
            boolean nearbySelection) {
        return create(localSearchTermination, environmentMode, nearbySelection, DEFAULT_SOFT_TEMPERATURE);
    }

    /**
     * @param localSearchTermination applied to the local-search phase, so phase-only limits such as
     *        {@code stepCountLimit} work too (the construction heuristic always runs to completion)
     * @param softTemperature simulated-annealing starting temperature on the soft level, in the caller's time unit
     *        (roughly: how much extra travel a step may accept early on); hard and medium start at zero
     */
    public static SolverConfig create(TerminationConfig localSearchTermination, EnvironmentMode environmentMode,
            boolean nearbySelection, long softTemperature) {
        return model(environmentMode)
                .withMoveThreadCount(SolverConfig.MOVE_THREAD_COUNT_NONE)
                .withPhases(new CustomPhaseConfig()
                                .withCustomPhaseCommandClassList(List.of(LinkedVisitConstructionPhase.class)),
                        new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(CheapestInsertionPhase.class)),
                        constructionHeuristic(null),
                        new LocalSearchPhaseConfig()
                                .withMoveSelectorConfig(moves(nearbySelection))
                                .withAcceptorConfig(new LocalSearchAcceptorConfig()
                                        .withSimulatedAnnealingStartingTemperature(
                                                "0hard/0medium/" + softTemperature + "soft"))
                                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1))
                                .withTerminationConfig(localSearchTermination));
    }

    /** The planning model and its score, shared by every solver Rondo builds; the phases are the caller's. */
    static SolverConfig model(EnvironmentMode environmentMode) {
        return new SolverConfig()
                .withSolutionClass(VisitRoster.class)
                .withEntityClasses(NurseShift.class, PlanningVisit.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(RosterConstraintProvider.class))
                .withEnvironmentMode(environmentMode);
    }

    /**
     * First fit decreasing for the list variable: visits in decreasing {@linkplain VisitDifficultyComparator
     * difficulty}, each to its best position among the shifts that {@linkplain ReachableShiftMoveFilter can hold it}.
     * Without the pruning every visit was tried at every position of the week (12-32k score calculations a second:
     * 14-26 s for a 700-visit team). Construction is three phases: this heuristic for the linked visits (whose
     * halves must meet, which only the score sees; {@linkplain LinkedVisitConstructionPhase on a copy} whose weights
     * leave workload fairness and the contract minimum out), the {@linkplain CheapestInsertionPhase cheapest
     * insertion} of the single ones, then this heuristic again for whatever is left, with the unassigned bucket as an
     * option.
     *
     * @param visitFilter which visits to place, or null for all still unplaced
     */
    static ConstructionHeuristicPhaseConfig constructionHeuristic(
            Class<? extends SelectionFilter> visitFilter) {
        ValueSelectorConfig placed = new ValueSelectorConfig().withId("placedVisit")
                .withCacheType(SelectionCacheType.PHASE)
                .withSelectionOrder(SelectionOrder.SORTED)
                .withSorterComparatorClass(VisitDifficultyComparator.class)
                .withSorterOrder(SelectionSorterOrder.DESCENDING);
        if (visitFilter != null) {
            placed.setFilterClass(visitFilter);
        }
        return new ConstructionHeuristicPhaseConfig()
                .withEntityPlacerConfig(new QueuedValuePlacerConfig()
                        .withValueSelectorConfig(placed)
                        .withMoveSelectorConfig(new ListChangeMoveSelectorConfig()
                                .withValueSelectorConfig(new ValueSelectorConfig().withMimicSelectorRef("placedVisit"))
                                .withFilterClass(MOVE_FILTER)));
    }

    /** The visits of a double-handed or sequence pair. */
    public static final class LinkedVisitFilter implements SelectionFilter<VisitRoster, PlanningVisit> {
        @Override
        public boolean accept(ScoreDirector<VisitRoster> scoreDirector, PlanningVisit visit) {
            return visit.getPartner() != null;
        }
    }

    private static UnionMoveSelectorConfig moves(boolean nearbySelection) {
        List<MoveSelectorConfig> moves = new ArrayList<>();
        moves.add(new ListChangeMoveSelectorConfig());
        moves.add(new ListSwapMoveSelectorConfig());
        moves.add(new SubListChangeMoveSelectorConfig().withSelectReversingMoveToo(true)
                .withSubListSelectorConfig(shortSubLists()));
        moves.add(new SubListSwapMoveSelectorConfig().withSelectReversingMoveToo(true)
                .withSubListSelectorConfig(shortSubLists()));
        // Two visits at once: both halves of a linked pair; an unassigned visit in and the one it displaces out.
        moves.add(new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(LinkedPairMoveFactory.class));
        moves.add(new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(EjectionMoveFactory.class));
        // A string of nearby visits out of a few routes, put back at the cheapest places (SISR).
        moves.add(new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(RuinRecreateMoveFactory.class));
        if (nearbySelection) {
            moves.add(new ListChangeMoveSelectorConfig()
                    .withValueSelectorConfig(new ValueSelectorConfig().withId("nearbyChangeOrigin"))
                    .withDestinationSelectorConfig(new DestinationSelectorConfig()
                            .withNearbySelectionConfig(nearbyTo("nearbyChangeOrigin"))));
            moves.add(new ListSwapMoveSelectorConfig()
                    .withValueSelectorConfig(new ValueSelectorConfig().withId("nearbySwapOrigin"))
                    .withSecondaryValueSelectorConfig(new ValueSelectorConfig()
                            .withNearbySelectionConfig(nearbyTo("nearbySwapOrigin"))));
        }
        for (MoveSelectorConfig move : moves) {
            move.setFilterClass(MOVE_FILTER);
        }
        return new UnionMoveSelectorConfig(moves);
    }

    /**
     * Unbounded sub-lists would carry half the unassigned bucket into one route: hundreds of visits to re-time
     * for a move that is never accepted. A few visits is what re-sequencing a nurse's morning needs.
     */
    private static SubListSelectorConfig shortSubLists() {
        return new SubListSelectorConfig().withMinimumSubListSize(2).withMaximumSubListSize(MAX_SUB_LIST_SIZE);
    }

    private static NearbySelectionConfig nearbyTo(String originId) {
        return new NearbySelectionConfig()
                .withOriginValueSelectorConfig(new ValueSelectorConfig().withMimicSelectorRef(originId))
                .withNearbyDistanceMeterClass(VisitNearbyDistanceMeter.class)
                .withNearbySelectionDistributionType(NearbySelectionDistributionType.PARABOLIC_DISTRIBUTION)
                .withParabolicDistributionSizeMaximum(NEARBY_SIZE_MAXIMUM);
    }
}
