package care.rondo.solver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.constructionheuristic.placer.QueuedValuePlacerConfig;
import org.optaplanner.core.config.heuristic.selector.common.nearby.NearbySelectionConfig;
import org.optaplanner.core.config.heuristic.selector.common.nearby.NearbySelectionDistributionType;
import org.optaplanner.core.config.heuristic.selector.list.DestinationSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.MoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.ListChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.ListSwapMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.SubListChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.SubListSwapMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.value.ValueSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

import care.rondo.planning.NurseShift;
import care.rondo.planning.Visit;
import care.rondo.planning.VisitRoster;

/**
 * Builds the roster solver configuration in code (no XML to drift from the model).
 * <p>
 * Every move, construction heuristic included, goes through {@link PinnedVisitMoveFilter}; that filter is what
 * makes pins and locked shifts hold, so any selector added here must carry it too. Nearby selection (community feature in OptaPlanner 10.2) ranks by
 * straight-line distance of location coordinates; switch it off for instances without meaningful coordinates.
 */
public final class RosterSolverConfig {

    /** Share of nearby moves' attention spent on the nearest few destinations. */
    private static final int NEARBY_SIZE_MAXIMUM = 40;

    private RosterSolverConfig() {
    }

    /** The service's configuration: stop after {@code spentLimit} or when nothing improved for {@code unimproved}. */
    public static SolverConfig create(Duration spentLimit, Duration unimproved, EnvironmentMode environmentMode) {
        return create(new TerminationConfig().withSpentLimit(spentLimit).withUnimprovedSpentLimit(unimproved),
                environmentMode, true);
    }

    /**
     * @param localSearchTermination applied to the local-search phase, so phase-only limits such as
     *        {@code stepCountLimit} work too (the construction heuristic always runs to completion)
     */
    public static SolverConfig create(TerminationConfig localSearchTermination, EnvironmentMode environmentMode,
            boolean nearbySelection) {
        return new SolverConfig()
                .withSolutionClass(VisitRoster.class)
                .withEntityClasses(NurseShift.class, Visit.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(RosterConstraintProvider.class))
                .withEnvironmentMode(environmentMode)
                .withMoveThreadCount(SolverConfig.MOVE_THREAD_COUNT_NONE)
                .withPhases(constructionHeuristic(),
                        new LocalSearchPhaseConfig()
                                .withMoveSelectorConfig(moves(nearbySelection))
                                .withTerminationConfig(localSearchTermination));
    }

    /** The default list construction heuristic, spelled out only to put the pin filter on its moves. */
    private static ConstructionHeuristicPhaseConfig constructionHeuristic() {
        return new ConstructionHeuristicPhaseConfig()
                .withEntityPlacerConfig(new QueuedValuePlacerConfig()
                        .withValueSelectorConfig(new ValueSelectorConfig().withId("placedVisit"))
                        .withMoveSelectorConfig(new ListChangeMoveSelectorConfig()
                                .withValueSelectorConfig(new ValueSelectorConfig().withMimicSelectorRef("placedVisit"))
                                .withFilterClass(PinnedVisitMoveFilter.class)));
    }

    private static UnionMoveSelectorConfig moves(boolean nearbySelection) {
        List<MoveSelectorConfig> moves = new ArrayList<>();
        moves.add(new ListChangeMoveSelectorConfig());
        moves.add(new ListSwapMoveSelectorConfig());
        moves.add(new SubListChangeMoveSelectorConfig().withSelectReversingMoveToo(true));
        moves.add(new SubListSwapMoveSelectorConfig().withSelectReversingMoveToo(true));
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
            move.setFilterClass(PinnedVisitMoveFilter.class);
        }
        return new UnionMoveSelectorConfig(moves);
    }

    private static NearbySelectionConfig nearbyTo(String originId) {
        return new NearbySelectionConfig()
                .withOriginValueSelectorConfig(new ValueSelectorConfig().withMimicSelectorRef(originId))
                .withNearbyDistanceMeterClass(VisitNearbyDistanceMeter.class)
                .withNearbySelectionDistributionType(NearbySelectionDistributionType.PARABOLIC_DISTRIBUTION)
                .withParabolicDistributionSizeMaximum(NEARBY_SIZE_MAXIMUM);
    }
}
