package care.rondo.service.roster.problem;

import care.rondo.domain.LinkKind;
import care.rondo.domain.Visit;
import care.rondo.service.roster.problem.CarePlanInput;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns care plans into the concrete visits of one week. Local times become instants in the team's zone, so
 * 07:30 stays 07:30 on the wall clock across a DST change (a time that does not exist on the spring-forward
 * night moves forward by the gap; an ambiguous autumn time takes the earlier, summer-time, offset).
 */
public final class VisitGenerator {

    private VisitGenerator() {
    }

    /** Visits that belong together (double-handed parts, a follow-up) come out in one group, first one first. */
    public static List<List<Visit>> generate(LocalDate weekStart, ZoneId zone, List<CarePlanInput> plans) {
        List<List<Visit>> groups = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            LocalDate date = weekStart.plusDays(day);
            for (CarePlanInput plan : plans) {
                if (!plan.activeOn(date)) {
                    continue;
                }
                for (CarePlanInput.Window window : plan.windows()) {
                    groups.add(visitsFor(plan, date, window, zone));
                }
            }
        }
        return groups;
    }

    private static List<Visit> visitsFor(CarePlanInput plan, LocalDate date, CarePlanInput.Window window,
                                         ZoneId zone) {
        Instant earliest = at(date, window.from(), zone);
        Instant latest = at(date, window.to(), zone);
        List<Visit> group = new ArrayList<>();
        Visit first = visit(plan, date, earliest, latest, plan.durationMinutes());
        group.add(first);
        if (plan.nursesNeeded() == 2) {
            Visit second = visit(plan, date, earliest, latest, plan.durationMinutes());
            second.linkKind = LinkKind.DOUBLE_HANDED;
            second.part = 2;
            group.add(second);
        }
        if (plan.followUp() != null) {
            CarePlanInput.FollowUp followUp = plan.followUp();
            Visit next = visit(plan, date, earliest.plus(Duration.ofMinutes(followUp.minGapMinutes())),
                    latest.plus(Duration.ofMinutes(followUp.maxGapMinutes())), followUp.durationMinutes());
            next.linkKind = LinkKind.FOLLOW_UP;
            next.gapMinMinutes = followUp.minGapMinutes();
            next.gapMaxMinutes = followUp.maxGapMinutes();
            next.part = plan.nursesNeeded() == 2 ? 3 : 2;
            group.add(next);
        }
        return group;
    }

    private static Visit visit(CarePlanInput plan, LocalDate date, Instant earliest, Instant latest, int duration) {
        Visit visit = new Visit();
        visit.clientId = plan.clientId();
        visit.carePlanId = plan.carePlanId();
        visit.visitDate = date;
        visit.earliestStart = earliest;
        visit.latestStart = latest;
        visit.durationMinutes = duration;
        visit.minLevel = plan.minLevel();
        visit.skills = new ArrayList<>(plan.skills());
        visit.priority = plan.priority();
        return visit;
    }

    static Instant at(LocalDate date, LocalTime time, ZoneId zone) {
        return ZonedDateTime.of(date, time, zone).toInstant();
    }
}
