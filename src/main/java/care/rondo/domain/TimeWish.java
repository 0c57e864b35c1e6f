package care.rondo.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * The client's preferred time of day for the visits of one care plan, in the team's local time: the visit starts
 * not before {@code notBefore} and not after {@code notAfter} (either may be open). {@code weekday} null means
 * every day; a wish for a weekday overrides the every-day wish of the same care plan on that day.
 */
public record TimeWish(long carePlanId, DayOfWeek weekday, LocalTime notBefore, LocalTime notAfter) {
}
