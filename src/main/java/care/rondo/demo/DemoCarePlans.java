package care.rondo.demo;

import care.rondo.domain.CarePlan;
import care.rondo.domain.TimeWindow;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The kinds of care a district nursing team typically gives, as care plans; {@link DemoClients} combines them
 * into clients. Windows bound the start of each visit and fall inside the early (07:00–13:30) or late
 * (16:00–22:30) shifts.
 */
final class DemoCarePlans {

    // A fixed Monday, so that the generator gives the same team whenever it runs.
    static final LocalDate VALID_FROM = LocalDate.of(2026, 1, 5);
    private static final List<DayOfWeek> EVERY_DAY = List.of();
    private static final List<DayOfWeek> MON_WED_FRI =
            List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
    private static final List<DayOfWeek> TUE_FRI = List.of(DayOfWeek.TUESDAY, DayOfWeek.FRIDAY);

    private DemoCarePlans() {
    }

    static CarePlan morningCare() {
        return plan("Help with washing and dressing", EVERY_DAY, List.of(window(7, 0, 11, 0)), 35, 2, List.of(), 1, 3);
    }

    static CarePlan eveningCare() {
        return plan("Help getting ready for bed", EVERY_DAY, List.of(window(20, 0, 21, 30)), 20, 2, List.of(), 1, 3);
    }

    static CarePlan insulinMorning() {
        return plan("Insulin injection", EVERY_DAY, List.of(window(7, 30, 9, 0)), 15, 3, List.of("insulin"), 1, 5);
    }

    static CarePlan insulinTwiceDaily() {
        return plan("Insulin injection", EVERY_DAY, List.of(window(7, 30, 9, 0), window(17, 0, 18, 0)), 15, 3,
                List.of("insulin"), 1, 5);
    }

    /** Insulin with a glucose check 60–90 minutes later: a sequenced pair of visits. */
    static CarePlan insulinWithCheck() {
        CarePlan plan = insulinMorning();
        plan.description = "Insulin injection, glucose check afterwards";
        plan.followupMinGapMinutes = 60;
        plan.followupMaxGapMinutes = 90;
        plan.followupDurationMinutes = 10;
        return plan;
    }

    static CarePlan woundCare() {
        return plan("Wound care", MON_WED_FRI, List.of(window(9, 0, 12, 0)), 30, 4, List.of("wound_care"), 1, 4);
    }

    /** Hoist transfers need two people at once: double-handed visits. */
    static CarePlan hoistMorning() {
        return plan("Hoist transfer out of bed", EVERY_DAY, List.of(window(7, 30, 9, 0)), 40, 2, List.of(), 2, 4);
    }

    static CarePlan hoistEvening() {
        return plan("Hoist transfer into bed", EVERY_DAY, List.of(window(20, 0, 21, 30)), 30, 2, List.of(), 2, 4);
    }

    static CarePlan palliative() {
        return plan("Palliative care", EVERY_DAY, List.of(window(8, 0, 10, 0), window(19, 0, 21, 0)), 40, 4,
                List.of("palliative"), 1, 5);
    }

    static CarePlan dementiaSupport() {
        return plan("Day structure and medication support", EVERY_DAY, List.of(window(11, 0, 12, 30)), 30, 2,
                List.of("dementia"), 1, 2);
    }

    static CarePlan catheterCare() {
        return plan("Catheter care", TUE_FRI, List.of(window(10, 0, 12, 0)), 30, 4, List.of("catheter"), 1, 4);
    }

    static CarePlan stomaCare() {
        return plan("Stoma care", TUE_FRI, List.of(window(10, 0, 12, 0)), 30, 4, List.of("stoma"), 1, 4);
    }

    private static TimeWindow window(int fromHour, int fromMinute, int toHour, int toMinute) {
        return new TimeWindow(LocalTime.of(fromHour, fromMinute), LocalTime.of(toHour, toMinute));
    }

    private static CarePlan plan(String description, List<DayOfWeek> days, List<TimeWindow> windows, int minutes,
                                 int minLevel, List<String> skills, int nursesNeeded, int priority) {
        CarePlan plan = new CarePlan();
        plan.description = description;
        plan.days = new ArrayList<>(days);
        plan.windows = new ArrayList<>(windows);
        plan.durationMinutes = minutes;
        plan.minLevel = (short) minLevel;
        plan.skills = new ArrayList<>(skills);
        plan.nursesNeeded = (short) nursesNeeded;
        plan.priority = (short) priority;
        plan.validFrom = VALID_FROM;
        return plan;
    }
}
