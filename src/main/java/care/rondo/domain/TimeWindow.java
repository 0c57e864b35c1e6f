package care.rondo.domain;

import java.time.LocalTime;

/** A window in local time that bounds the start of a visit (stored in JSONB). */
public record TimeWindow(LocalTime from, LocalTime to) {
}
