package care.rondo.testing;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The ISO week a test plans, with its dates and times in the teams' zone, so that a test names days ("Tuesday at
 * 11:15") instead of spelling out dates of a week somebody picked by hand.
 * <p>
 * {@link #fresh()} gives every call a week no other test of the run has been given. Its weeks lie in winter (ISO
 * weeks 2 to 8: no daylight-saving change, the zone at +01:00) of years at least four years after the real date,
 * so the real clock is always before them (a re-plan's freeze, "this week" of the nurse's app) and a test reads the
 * same whichever week it draws. Tests that pin the clock use the weeks around the pinned moment instead
 * ({@link PinnedClockTest}).
 */
public record TestWeek(LocalDate monday) {

    /** The zone of every test team (the teams' default). */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private static final int FIRST_WEEK = 2;
    private static final int WEEKS_A_YEAR = 7;
    private static final int FIRST_YEAR = Year.now(ZoneOffset.UTC).getValue() + 4;
    private static final AtomicInteger DRAWN = new AtomicInteger();

    public TestWeek {
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException(monday + " is not a Monday");
        }
    }

    /** A week of its own in the shared test database: no other test of this run plans it. */
    public static TestWeek fresh() {
        int n = DRAWN.getAndIncrement();
        int year = FIRST_YEAR + n / WEEKS_A_YEAR;
        int week = FIRST_WEEK + n % WEEKS_A_YEAR;
        return new TestWeek(LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }

    /** A named week, for tests about a particular one (a daylight-saving change, the week of a pinned clock). */
    public static TestWeek of(String isoWeek) {
        int year = Integer.parseInt(isoWeek.substring(0, 4));
        int week = Integer.parseInt(isoWeek.substring(6));
        return new TestWeek(LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }

    /** As the API names weeks: {@code 2031-W02}. */
    public String iso() {
        return String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    public LocalDate date(DayOfWeek day) {
        return monday.plusDays(day.getValue() - 1L);
    }

    /** The day as the API writes dates: {@code 2031-01-07}. */
    public String day(DayOfWeek day) {
        return date(day).toString();
    }

    /** A wall-clock time in the teams' zone, as the API writes plan times: {@code 2031-01-07T11:15:00+01:00}. */
    public String at(DayOfWeek day, String time) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(offsetAt(day, time));
    }

    public OffsetDateTime offsetAt(DayOfWeek day, String time) {
        return date(day).atTime(LocalTime.parse(time)).atZone(ZONE).toOffsetDateTime();
    }

    public Instant instant(DayOfWeek day, String time) {
        return offsetAt(day, time).toInstant();
    }

    @Override
    public String toString() {
        return iso();
    }
}
