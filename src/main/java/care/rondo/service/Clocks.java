package care.rondo.service;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The one place that reads the wall clock: everything else injects this {@link Clock}. The system clock in UTC;
 * {@code rondo.clock.start} (an instant, for tests) starts it at that moment instead, still ticking, so that
 * "today", "four weeks back" or "once a day" do not depend on when a test happens to run. Elapsed-time limits of
 * solves measure with {@code System.nanoTime} and need no clock.
 */
public class Clocks {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock(@ConfigProperty(name = "rondo.clock.start") Optional<Instant> start) {
        Clock system = Clock.systemUTC();
        return start.map(s -> Clock.offset(system, Duration.between(system.instant(), s))).orElse(system);
    }
}
