package care.rondo.service.roster.problem;

import care.rondo.domain.AvailabilityWindow;
import care.rondo.domain.NurseAbsence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A nurse's working windows in one week: her weekly availability pattern on each date, minus her absences.
 * An absence cuts a window; what remains on either side stays available.
 */
public final class ShiftBuilder {

    public record Window(LocalDate date, int dayIndex, Instant from, Instant to) {
    }

    private ShiftBuilder() {
    }

    public static List<Window> windows(LocalDate monday, WeekClock clock, List<AvailabilityWindow> pattern,
                                List<NurseAbsence> absences) {
        List<Window> result = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            LocalDate date = monday.plusDays(day);
            int dayIndex = day;
            pattern.stream()
                    .filter(w -> w.day() == date.getDayOfWeek())
                    .sorted(Comparator.comparing(AvailabilityWindow::from))
                    .forEach(w -> {
                        Instant from = ZonedDateTime.of(date, w.from(), clock.zone()).toInstant();
                        Instant to = ZonedDateTime.of(date, w.to(), clock.zone()).toInstant();
                        result.addAll(subtract(new Window(date, dayIndex, from, to), absences));
                    });
        }
        return result;
    }

    private static List<Window> subtract(Window window, List<NurseAbsence> absences) {
        List<Window> pieces = List.of(window);
        for (NurseAbsence absence : absences) {
            List<Window> next = new ArrayList<>();
            for (Window piece : pieces) {
                if (!absence.endsAt.isAfter(piece.from()) || !absence.startsAt.isBefore(piece.to())) {
                    next.add(piece);
                    continue;
                }
                if (absence.startsAt.isAfter(piece.from())) {
                    next.add(new Window(piece.date(), piece.dayIndex(), piece.from(), absence.startsAt));
                }
                if (absence.endsAt.isBefore(piece.to())) {
                    next.add(new Window(piece.date(), piece.dayIndex(), absence.endsAt, piece.to()));
                }
            }
            pieces = next;
        }
        // slivers shorter than a quarter of an hour are not worth a route
        return pieces.stream().filter(p -> p.to().getEpochSecond() - p.from().getEpochSecond() >= 900).toList();
    }
}
