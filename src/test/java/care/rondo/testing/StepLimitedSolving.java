package care.rondo.testing;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Set;

/** The service as usual, with solves that end on a step count instead of a time ({@link StepLimitedSolverFactory}). */
public class StepLimitedSolving implements QuarkusTestProfile {

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(StepLimitedSolverFactory.class);
    }
}
