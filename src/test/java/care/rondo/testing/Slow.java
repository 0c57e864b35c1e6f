package care.rondo.testing;

import org.junit.jupiter.api.Tag;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test of the slow tier: it solves for real, drives a browser, starts processes or loads a map. {@code ./mvnw test}
 * leaves these out (the fast tier, for the edit-test loop); {@code ./mvnw -B verify}, the README's test command and
 * CI's, runs them in its integration-test phase. Run one alone with
 * {@code ./mvnw test -Dtest=Name -Drondo.test.excluded-groups=none}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("slow")
public @interface Slow {
}
