package care.rondo.service;

import care.rondo.domain.AvailabilityWindow;
import care.rondo.domain.TimeWindow;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Rules across the fields of a write that bean validation cannot express; each names the offending field. */
final class CaseloadRules {
    private CaseloadRules() {
    }

    /** Shift windows: each ends after it starts, and windows of one day do not overlap. */
    static void checkAvailability(List<AvailabilityWindow> windows, FieldErrors errors) {
        for (int i = 0; i < windows.size(); i++) {
            AvailabilityWindow window = windows.get(i);
            if (!window.from().isBefore(window.to())) {
                errors.add("availability[" + i + "].to", "must be after from (windows cannot cross midnight)");
                continue;
            }
            for (int j = 0; j < i; j++) {
                AvailabilityWindow earlier = windows.get(j);
                if (earlier.day() == window.day() && earlier.from().isBefore(earlier.to())
                        && window.from().isBefore(earlier.to()) && earlier.from().isBefore(window.to())) {
                    errors.add("availability[" + i + "]", "overlaps availability[" + j + "] on the same day");
                }
            }
        }
    }

    /**
     * Visit start windows: {@code to} is not before {@code from} (equal fixes the start time), and windows do
     * not overlap, since each one stands for a separate visit of the day.
     */
    static void checkStartWindows(List<TimeWindow> windows, FieldErrors errors) {
        for (int i = 0; i < windows.size(); i++) {
            TimeWindow window = windows.get(i);
            if (window.to().isBefore(window.from())) {
                errors.add("windows[" + i + "].to", "must not be before from (windows cannot cross midnight)");
                continue;
            }
            for (int j = 0; j < i; j++) {
                TimeWindow earlier = windows.get(j);
                if (!earlier.to().isBefore(earlier.from())
                        && !window.from().isAfter(earlier.to()) && !earlier.from().isAfter(window.to())) {
                    errors.add("windows[" + i + "]", "overlaps windows[" + j + "]: one window per visit");
                }
            }
        }
    }

    /** The same value listed twice means nothing more than once. */
    static <T> List<T> distinct(List<T> values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(new LinkedHashSet<>(values));
    }
}
