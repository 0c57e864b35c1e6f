package care.rondo.service.roster.analysis;

import care.rondo.domain.AbsenceKind;
import care.rondo.domain.ClientWishes;
import care.rondo.domain.Nurse;
import care.rondo.domain.NurseAbsence;
import care.rondo.domain.Visit;
import care.rondo.service.roster.problem.RosterProblem;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Why a client's wish for a nurse was not met on one visit, from the stored facts: "Anna is on leave Tuesday",
 * "Bram does not work then on Sundays", or that she works but the team's priorities weighed more. First names only.
 */
final class WishReasons {

    private WishReasons() {
    }

    /** One clause per liked nurse, or empty when the visit or her wishes are unknown. */
    static List<String> whyNotLiked(RosterProblem problem, String visitId) {
        Visit visit = visit(problem, visitId);
        if (visit == null) {
            return List.of();
        }
        ClientWishes wishes = problem.wishes().get(visit.clientId);
        if (wishes == null || wishes.likedNurseIds.isEmpty()) {
            return List.of();
        }
        ZoneId zone = ZoneId.of(problem.roster().timeZone);
        DayOfWeek weekday = visit.visitDate.getDayOfWeek();
        String day = weekday.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        List<String> reasons = new ArrayList<>();
        for (Long nurseId : wishes.likedNurseIds) {
            Nurse nurse = problem.nurses().stream().filter(n -> n.id.equals(nurseId)).findFirst().orElse(null);
            if (nurse == null) {
                continue; // archived or gone: nothing useful to say
            }
            String name = firstName(nurse.name);
            NurseAbsence absence = problem.absencesByNurse().getOrDefault(nurseId, List.of()).stream()
                    .filter(a -> a.startsAt.isBefore(visit.latestStart.plusSeconds(visit.durationMinutes * 60L))
                            && a.endsAt.isAfter(visit.earliestStart))
                    .findFirst().orElse(null);
            if (absence != null) {
                reasons.add(name + (absence.kind == AbsenceKind.SICKNESS ? " is off sick " : absence.kind
                        == AbsenceKind.TRAINING ? " is on a course " : " is on leave ") + day);
            } else if (nurse.availability.stream().noneMatch(w -> w.day() == weekday && covers(w, visit, zone))) {
                reasons.add(name + " does not work then on " + day + "s");
            } else {
                reasons.add(name + " works then, but giving her this visit cost more against the team's priorities"
                        + " (continuity, travel, her other visits)");
            }
        }
        return reasons;
    }

    private static boolean covers(care.rondo.domain.AvailabilityWindow window, Visit visit, ZoneId zone) {
        java.time.LocalTime earliest = visit.earliestStart.atZone(zone).toLocalTime();
        java.time.LocalTime latest = visit.latestStart.atZone(zone).toLocalTime();
        return !window.from().isAfter(latest) && window.to().isAfter(earliest);
    }

    private static Visit visit(RosterProblem problem, String visitId) {
        return problem.visits().stream().filter(v -> v.id.toString().equals(visitId)).findFirst().orElse(null);
    }

    static String firstName(String name) {
        if (name == null || name.isBlank()) {
            return "a nurse";
        }
        return name.trim().split("\\s+")[0];
    }
}
