package care.rondo.testing;

import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.time.Instant;

/**
 * Base of the tests that run at one fixed moment, Tuesday 1 December 2026 08:00 UTC (in {@link #THIS_WEEK}), so that
 * "this week", "next week" and "now" never depend on today's date. Each test starts at that moment (it may move the
 * clock on) and the services' clock goes back to real time when it ends. Gives the fixtures these tests use.
 * The clock is a bean ({@link TestClock}), not a test profile: a second Quarkus start in one JVM would register
 * ical4j's time zones with java.time twice.
 */
public abstract class PinnedClockTest {

    /** Tuesday 1 December 2026, 08:00 UTC (09:00 in Utrecht). */
    public static final Instant PINNED = Instant.parse("2026-12-01T08:00:00Z");

    /** The ISO week of {@link #PINNED}. */
    public static final String THIS_WEEK = "2026-W49";

    /** The week after {@link #PINNED}'s: the one a team has usually accepted by Tuesday. */
    public static final String NEXT_WEEK = "2026-W50";

    @Inject
    protected Fixtures fixtures;

    @Inject
    protected CaseloadFixtures caseload;

    @Inject
    protected TestClock clock;

    @BeforeEach
    void pinClock() {
        clock.set(PINNED);
    }

    @AfterEach
    void releaseClock() {
        clock.reset();
    }
}
