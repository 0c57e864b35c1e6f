package care.rondo.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignInThrottleTest {

    /** A clock the test moves by hand: the window passes without sleeping. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-12-02T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final HandClock clock = new HandClock();
    final SignInThrottle throttle = new SignInThrottle(clock, 5, 20, Duration.ofMinutes(15));

    @Test
    void afterFiveWrongPasswordsTheAccountIsRefusedUntilTheWindowPasses() {
        for (int i = 0; i < 5; i++) {
            throttle.check("anna", "10.0.0.1");
            throttle.failed("anna", "10.0.0.1");
            clock.now = clock.now.plusSeconds(10);
        }
        assertThatThrownBy(() -> throttle.check("Anna", "10.0.0.2"))
                .isInstanceOfSatisfying(SignInThrottle.ThrottledException.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(15).minusSeconds(50)));

        clock.now = clock.now.plus(Duration.ofMinutes(15).minusSeconds(51));
        assertThatThrownBy(() -> throttle.check("anna", "10.0.0.1"))
                .as("one second before the first failure leaves the window")
                .isInstanceOf(SignInThrottle.ThrottledException.class);
        clock.now = clock.now.plusSeconds(1);
        assertThatCode(() -> throttle.check("anna", "10.0.0.1")).doesNotThrowAnyException();
        assertThatCode(() -> throttle.check("bram", "10.0.0.3")).as("other accounts").doesNotThrowAnyException();
    }

    @Test
    void oneAddressTryingManyAccountsIsRefusedAfterTwenty() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("user" + i, "192.0.2.7");
        }
        assertThatThrownBy(() -> throttle.check("someone-new", "192.0.2.7"))
                .isInstanceOf(SignInThrottle.ThrottledException.class);
        assertThatCode(() -> throttle.check("someone-new", "192.0.2.8")).doesNotThrowAnyException();
    }

    @Test
    void aRightPasswordClearsTheAccountsCount() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("anna", "10.0.0.1");
        }
        throttle.succeeded("anna");
        throttle.failed("anna", "10.0.0.1");
        assertThatCode(() -> throttle.check("anna", "10.0.0.1")).doesNotThrowAnyException();
    }
}
