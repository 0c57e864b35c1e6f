package care.rondo.domain;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.arc.InstanceHandle;

import java.time.Clock;
import java.time.Instant;

/**
 * "Now" for the entities' creation stamps, from the application's injected {@link Clock} (entities are not beans,
 * so they look it up): a history event or a creation time then follows the same clock as the services, which tests
 * set. Outside a running application (an entity built in a plain unit test) there is no such clock and the system
 * clock in UTC stands in.
 */
final class EntityClock {
    private EntityClock() {
    }

    static Instant now() {
        ArcContainer container = Arc.container();
        if (container != null && container.isRunning()) {
            InstanceHandle<Clock> clock = container.instance(Clock.class);
            if (clock.isAvailable()) {
                return clock.get().instant();
            }
        }
        return Clock.systemUTC().instant();
    }
}
