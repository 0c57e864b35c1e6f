package care.rondo.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits wrong passwords per username and per client address within a sliding window. Once a limit is reached
 * every sign-in for that username or from that address is refused, the right password too, until the oldest
 * counted failure leaves the window. Unknown usernames are counted like known ones, so the answers never tell
 * which accounts exist. Kept in memory per instance: several instances each apply their own limit.
 */
@ApplicationScoped
public class SignInThrottle {

    /** Beyond this many tracked keys, expired ones are swept before a new one is added. */
    static final int SWEEP_ABOVE = 10_000;

    private final Clock clock;
    private final int accountFailures;
    private final int addressFailures;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    @Inject
    public SignInThrottle(@ConfigProperty(name = "rondo.auth.throttle.account-failures", defaultValue = "5")
                          int accountFailures,
                          @ConfigProperty(name = "rondo.auth.throttle.address-failures", defaultValue = "20")
                          int addressFailures,
                          @ConfigProperty(name = "rondo.auth.throttle.window", defaultValue = "PT15M")
                          Duration window) {
        this(Clock.systemUTC(), accountFailures, addressFailures, window);
    }

    public SignInThrottle(Clock clock, int accountFailures, int addressFailures, Duration window) {
        this.clock = clock;
        this.accountFailures = accountFailures;
        this.addressFailures = addressFailures;
        this.window = window;
    }

    /** Thrown while a username or an address has had too many wrong passwords. */
    public static class ThrottledException extends RuntimeException {
        private final Duration retryAfter;

        public ThrottledException(Duration retryAfter) {
            super("Too many failed sign-ins: try again later");
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }

    /** Throws when either limit is reached; call before checking the password. */
    public void check(String username, String address) {
        Instant now = clock.instant();
        Optional<Duration> wait = waitFor(accountKey(username), accountFailures, now);
        Optional<Duration> addressWait = waitFor(addressKey(address), addressFailures, now);
        if (addressWait.isPresent() && (wait.isEmpty() || addressWait.get().compareTo(wait.get()) > 0)) {
            wait = addressWait;
        }
        if (wait.isPresent()) {
            throw new ThrottledException(wait.get());
        }
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        if (failures.size() > SWEEP_ABOVE) {
            failures.keySet().forEach(key -> failures.computeIfPresent(key, (k, times) -> {
                prune(times, now);
                return times.isEmpty() ? null : times;
            }));
        }
        record(accountKey(username), now);
        record(addressKey(address), now);
    }

    /** A right password clears the account's count (not the address's: one address may try many accounts). */
    public void succeeded(String username) {
        failures.remove(accountKey(username));
    }

    private void record(String key, Instant now) {
        failures.compute(key, (k, times) -> {
            Deque<Instant> list = times == null ? new ArrayDeque<>() : times;
            prune(list, now);
            list.addLast(now);
            return list;
        });
    }

    private Optional<Duration> waitFor(String key, int limit, Instant now) {
        Duration[] wait = {null};
        failures.computeIfPresent(key, (k, times) -> {
            prune(times, now);
            if (times.size() >= limit) {
                wait[0] = Duration.between(now, times.peekFirst().plus(window));
            }
            return times.isEmpty() ? null : times;
        });
        return Optional.ofNullable(wait[0]);
    }

    private void prune(Deque<Instant> times, Instant now) {
        Instant oldestCounted = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(oldestCounted)) {
            times.removeFirst();
        }
    }

    private static String accountKey(String username) {
        return "account:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
