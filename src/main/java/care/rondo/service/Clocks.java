package care.rondo.service;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The one clock the services read "now" and "today" from, so that tests can set it. A default bean: any other
 * {@code Clock} producer (a test's, or a richer one) replaces it without ambiguity.
 */
public class Clocks {

    @Produces
    @Singleton
    @DefaultBean
    Clock systemClock() {
        return Clock.systemUTC();
    }
}
