package care.rondo.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** One recurring weekly shift window of a nurse, in the team's local time (stored in JSONB). */
public record AvailabilityWindow(DayOfWeek day, LocalTime from, LocalTime to) {
}
