package care.rondo.rest;

import care.rondo.service.InvalidInputException;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;

/** A day or an ISO week from query parameters ({@code date=2026-12-01} or {@code week=2026-W49}). */
record Days(LocalDate from, LocalDate to) {

    /**
     * The days asked for; "today" is the clock's date in the clock's zone (the team's). An invalid date or week is
     * thrown together with {@code otherInvalid} (the request's other invalid query parameters), so that one 400
     * names them all.
     */
    static Days parse(String date, String week, Clock today, List<InvalidInputException.FieldError> otherInvalid) {
        try {
            if (date != null && week != null) {
                throw new InvalidInputException("week", "send either date or week, not both");
            }
            if (week != null) {
                return week(week);
            }
            LocalDate day = date == null ? LocalDate.now(today) : date("date", date);
            return new Days(day, day);
        } catch (InvalidInputException e) {
            List<InvalidInputException.FieldError> all = new ArrayList<>(e.errors());
            all.addAll(otherInvalid);
            throw new InvalidInputException(all);
        }
    }

    static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be an ISO date like 2026-12-01");
        }
    }

    private static Days week(String value) {
        if (!value.matches("\\d{4}-W\\d{2}")) {
            throw new InvalidInputException("week", "must be an ISO week like 2026-W49");
        }
        int year = Integer.parseInt(value.substring(0, 4));
        int number = Integer.parseInt(value.substring(6));
        LocalDate mid = LocalDate.of(year, 6, 1);
        if (number < 1 || number > mid.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
            throw new InvalidInputException("week", "has no such week number");
        }
        LocalDate monday = mid.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number).with(DayOfWeek.MONDAY);
        return new Days(monday, monday.plusDays(6));
    }
}
