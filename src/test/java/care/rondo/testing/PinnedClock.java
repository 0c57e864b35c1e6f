package care.rondo.testing;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * Starts the app's {@link java.time.Clock} at Tuesday 1 December 2026, 09:00 in Utrecht, so that tests whose
 * answers are relative to "now" (the calendar feed's four weeks back and eight ahead, "sick today") give the
 * same answer whenever they run.
 */
public class PinnedClock implements QuarkusTestProfile {

    public static final String NOW = "2026-12-01T08:00:00Z";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("rondo.clock.start", NOW);
    }
}
