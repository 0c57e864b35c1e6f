package care.rondo.service.roster;

import care.rondo.planning.RosterConstraintWeights;
import org.optaplanner.core.api.domain.constraintweight.ConstraintWeight;

import java.util.Arrays;
import java.util.List;

/** The constraint names, in the order the weights class declares them (hard first). */
final class Constraints {
    static final List<String> NAMES = Arrays.stream(RosterConstraintWeights.class.getDeclaredFields())
            .map(f -> f.getAnnotation(ConstraintWeight.class))
            .filter(java.util.Objects::nonNull)
            .map(ConstraintWeight::value)
            .toList();

    private Constraints() {
    }
}
