package care.rondo.service.roster;

import care.rondo.domain.TeamConstraintWeights;
import care.rondo.planning.RosterConstraintWeights;
import care.rondo.service.InvalidInputException;
import care.rondo.service.TeamGuard;
import care.rondo.service.TeamService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    public record Weight(String constraint, String level, long weight, long defaultWeight, boolean editable) {
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
        RosterConstraintWeights defaults = new RosterConstraintWeights();
        List<InvalidInputException.FieldError> errors = new java.util.ArrayList<>();
        softWeights.forEach((name, value) -> {
            String field = "weights[" + name + "]";
            HardMediumSoftLongScore weight;
            try {
                weight = defaults.weightOf(name);
            } catch (IllegalArgumentException e) {
                errors.add(new InvalidInputException.FieldError(field, "is not a constraint of Rondo"));
                return;
            }
            if (!isSoft(weight) && !weight.isZero()) {
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

    /** The weights a solve of this team uses: defaults with the team's soft weights applied. */
    public static RosterConstraintWeights effective(TeamConstraintWeights stored) {
        RosterConstraintWeights weights = new RosterConstraintWeights();
        if (stored != null) {
            stored.weights.forEach((name, value) -> {
                try {
                    if (isSoft(weights.weightOf(name)) || weights.weightOf(name).isZero()) {
                        weights.withWeight(name, HardMediumSoftLongScore.ofSoft(value));
                    }
                } catch (IllegalArgumentException e) {
                    // a constraint that no longer exists: ignore its old weight
                }
            });
        }
        return weights;
    }

    private static TeamWeights view(long teamId, TeamConstraintWeights stored) {
        RosterConstraintWeights defaults = new RosterConstraintWeights();
        RosterConstraintWeights effective = effective(stored);
        List<Weight> weights = Constraints.NAMES.stream().map(name -> {
            HardMediumSoftLongScore d = defaults.weightOf(name);
            HardMediumSoftLongScore e = effective.weightOf(name);
            boolean editable = isSoft(d) || d.isZero();
            return new Weight(name, level(d), value(e), value(d), editable);
        }).toList();
        return new TeamWeights(teamId, weights, stored == null ? 0 : stored.version);
    }

    private static boolean isSoft(HardMediumSoftLongScore w) {
        return w.hardScore() == 0 && w.mediumScore() == 0 && w.softScore() != 0;
    }

    private static String level(HardMediumSoftLongScore w) {
        return w.hardScore() != 0 ? "HARD" : w.mediumScore() != 0 ? "MEDIUM" : "SOFT";
    }

    private static long value(HardMediumSoftLongScore w) {
        return w.hardScore() != 0 ? w.hardScore() : w.mediumScore() != 0 ? w.mediumScore() : w.softScore();
    }
}
