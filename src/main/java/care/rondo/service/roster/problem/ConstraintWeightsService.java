package care.rondo.service.roster.problem;

import care.rondo.domain.TeamConstraintWeights;
import care.rondo.planning.RosterConstraint;
import care.rondo.planning.RosterConstraintWeights;
import care.rondo.planning.ScoreLevel;
import care.rondo.service.InvalidInputException;
import care.rondo.service.TeamGuard;
import care.rondo.service.TeamService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The team's priorities. Hard and medium constraints are the rules of the trade and stay fixed; the soft ones
 * (continuity, preferences, travel, fairness, idle time...) are weighted by the team itself.
 */
@ApplicationScoped
public class ConstraintWeightsService {

    static final long MAX_WEIGHT = 1_000_000;

    @Inject
    TeamGuard guard;

    @Inject
    TeamService teams;

    /**
     * One constraint as a team sees it: {@code key} is what the weights map and storage use, {@code constraint} the
     * label a person reads; {@code hard} says it is a hard rule, so the page marks it without a copy of the levels.
     */
    public record Weight(String key, String constraint, ScoreLevel level, boolean hard, long weight,
                         long defaultWeight, boolean editable) {

        public Weight(String key, String constraint, ScoreLevel level, long weight, long defaultWeight,
                      boolean editable) {
            this(key, constraint, level, level == ScoreLevel.HARD, weight, defaultWeight, editable);
        }
    }

    public record TeamWeights(long teamId, List<Weight> weights, long version) {
    }

    public TeamWeights get(long teamId) {
        teams.get(teamId);
        TeamConstraintWeights stored = TeamConstraintWeights.findById(teamId);
        return view(teamId, stored);
    }

    @Transactional
    public TeamWeights update(long teamId, Long expectedVersion, Map<String, Long> softWeights) {
        guard.requirePlan(teamId);
        teams.get(teamId);
        List<InvalidInputException.FieldError> errors = new java.util.ArrayList<>();
        softWeights.forEach((key, value) -> {
            String field = "weights[" + key + "]";
            Optional<RosterConstraint> constraint = RosterConstraint.byKey(key);
            if (constraint.isEmpty()) {
                errors.add(new InvalidInputException.FieldError(field, "is not a constraint of Rondo"));
            } else if (!constraint.get().teamWeighted()) {
                errors.add(new InvalidInputException.FieldError(field, "is a hard or medium rule and cannot be weighted"));
            } else if (value == null || value < 0 || value > MAX_WEIGHT) {
                errors.add(new InvalidInputException.FieldError(field, "must be between 0 and " + MAX_WEIGHT));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        TeamConstraintWeights stored = TeamConstraintWeights.findById(teamId);
        if (stored == null) {
            stored = new TeamConstraintWeights();
            stored.teamId = teamId;
            stored.weights = new LinkedHashMap<>(softWeights);
            stored.persist();
        } else {
            if (expectedVersion != null && stored.version != expectedVersion) {
                throw new care.rondo.service.ConflictException("The team's weights were changed by someone else",
                        view(teamId, stored));
            }
            stored.weights = new LinkedHashMap<>(stored.weights);
            stored.weights.putAll(softWeights);
        }
        TeamConstraintWeights.getEntityManager().flush();
        return view(teamId, stored);
    }

    /**
     * The weights a solve of this team uses: defaults with the team's soft weights applied. Stored keys are
     * {@link RosterConstraint#key()}s, which never change; a key Rondo no longer has is ignored.
     */
    public static RosterConstraintWeights effective(TeamConstraintWeights stored) {
        RosterConstraintWeights weights = new RosterConstraintWeights();
        if (stored != null) {
            stored.weights.forEach((key, value) -> RosterConstraint.byKey(key)
                    .filter(RosterConstraint::teamWeighted)
                    .ifPresent(c -> weights.withWeight(c, HardMediumSoftLongScore.ofSoft(value))));
        }
        return weights;
    }

    private static TeamWeights view(long teamId, TeamConstraintWeights stored) {
        RosterConstraintWeights defaults = new RosterConstraintWeights();
        RosterConstraintWeights effective = effective(stored);
        List<Weight> weights = Arrays.stream(RosterConstraint.values()).map(c -> new Weight(c.key(), c.label(),
                c.level(), ScoreLevel.magnitude(effective.weightOf(c)), ScoreLevel.magnitude(defaults.weightOf(c)),
                c.teamWeighted())).toList();
        return new TeamWeights(teamId, weights, stored == null ? 0 : stored.version);
    }
}
