package care.rondo.service.roster.analysis;

import care.rondo.domain.Client;
import care.rondo.domain.LinkKind;
import care.rondo.domain.Nurse;
import care.rondo.domain.Visit;
import care.rondo.service.roster.problem.RosterProblem;
import care.rondo.service.roster.problem.ShiftBuilder;
import care.rondo.service.roster.problem.WeekClock;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds, before solving, what no solver can fix: visits nobody is qualified for, visits whose window lies
 * outside every shift of every capable nurse, clients whose capable nurses are all refused. Each finding
 * names the ids concerned so the team can fix its data rather than wonder why visits stay unassigned.
 */
public final class ReadinessCheck {

    public enum Code { NO_QUALIFIED_NURSE, OUTSIDE_EVERY_SHIFT, ALL_QUALIFIED_NURSES_REFUSED, TOO_FEW_FOR_DOUBLE_HANDED, ROAD_UNREACHABLE }

    public record Finding(Code code, String message, List<Long> visitIds, List<Long> clientIds) {
    }

    public record Report(boolean ready, int visitsChecked, List<Finding> findings) {

        /** This report with more findings (e.g. addresses the road network cannot reach). */
        public Report with(List<Finding> more) {
            if (more.isEmpty()) {
                return this;
            }
            List<Finding> all = new ArrayList<>(findings);
            all.addAll(more);
            return new Report(false, visitsChecked, List.copyOf(all));
        }
    }

    private ReadinessCheck() {
    }

    public static Report check(RosterProblem problem) {
        WeekClock clock = WeekClock.of(problem.roster().weekStart, ZoneId.of(problem.roster().timeZone));
        Map<Long, List<ShiftBuilder.Window>> windows = new LinkedHashMap<>();
        for (Nurse nurse : problem.nurses()) {
            windows.put(nurse.id, ShiftBuilder.windows(problem.roster().weekStart, clock, nurse.availability,
                    problem.absencesByNurse().getOrDefault(nurse.id, List.of())));
        }
        Map<Code, Set<Long>> visitsByCode = new LinkedHashMap<>();
        Map<Code, Set<Long>> clientsByCode = new LinkedHashMap<>();
        for (Visit visit : problem.visits()) {
            List<Nurse> qualified = problem.nurses().stream().filter(n -> qualified(n, visit)).toList();
            Client client = problem.clients().get(visit.clientId);
            Set<Long> refused = client == null ? Set.of() : new HashSet<>(client.refusedNurseIds);
            List<Nurse> allowed = qualified.stream().filter(n -> !refused.contains(n.id)).toList();
            List<Nurse> working = allowed.stream().filter(n -> fits(windows.get(n.id), visit)).toList();
            Code code = null;
            if (qualified.isEmpty()) {
                code = Code.NO_QUALIFIED_NURSE;
            } else if (allowed.isEmpty()) {
                code = Code.ALL_QUALIFIED_NURSES_REFUSED;
            } else if (working.isEmpty()) {
                code = Code.OUTSIDE_EVERY_SHIFT;
            } else if (visit.linkKind == LinkKind.DOUBLE_HANDED && working.size() < 2) {
                code = Code.TOO_FEW_FOR_DOUBLE_HANDED;
            }
            if (code != null) {
                visitsByCode.computeIfAbsent(code, c -> new TreeSet<>()).add(visit.id);
                clientsByCode.computeIfAbsent(code, c -> new TreeSet<>()).add(visit.clientId);
            }
        }
        List<Finding> findings = new ArrayList<>();
        visitsByCode.forEach((code, visitIds) -> findings.add(new Finding(code, message(code, visitIds.size()),
                List.copyOf(visitIds), List.copyOf(clientsByCode.get(code)))));
        return new Report(findings.isEmpty(), problem.visits().size(), findings);
    }

    static boolean qualified(Nurse nurse, Visit visit) {
        return nurse.level >= visit.minLevel && nurse.skills.containsAll(visit.skills);
    }

    /** Some shift lets the visit start inside its window and finish before the shift ends. */
    private static boolean fits(List<ShiftBuilder.Window> shifts, Visit visit) {
        long duration = visit.durationMinutes * 60L;
        for (ShiftBuilder.Window shift : shifts) {
            Instant earliest = max(shift.from(), visit.earliestStart);
            if (!earliest.isAfter(visit.latestStart) && !earliest.plusSeconds(duration).isAfter(shift.to())) {
                return true;
            }
        }
        return false;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static String message(Code code, int count) {
        return switch (code) {
            case NO_QUALIFIED_NURSE -> count + " visit(s) need a level or skill that no active nurse of the team has";
            case ALL_QUALIFIED_NURSES_REFUSED -> count + " visit(s) of clients who refused every qualified nurse";
            case OUTSIDE_EVERY_SHIFT -> count + " visit(s) whose time window lies outside the shifts of every "
                    + "qualified nurse (availability minus absences)";
            case TOO_FEW_FOR_DOUBLE_HANDED -> count + " double-handed visit(s) for which fewer than two qualified "
                    + "nurses work at that time";
            case ROAD_UNREACHABLE -> count + " visit(s) at addresses the road map cannot reach";
        };
    }
}
