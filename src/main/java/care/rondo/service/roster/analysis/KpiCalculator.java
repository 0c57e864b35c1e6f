package care.rondo.service.roster.analysis;

import care.rondo.domain.Nurse;
import care.rondo.planning.NurseShift;
import care.rondo.planning.PlanningVisit;
import care.rondo.planning.RosterConstraint;
import care.rondo.planning.ScoreLevel;
import care.rondo.service.roster.analysis.RosterAnalysisService;
import care.rondo.service.roster.problem.WeekClock;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;

import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Computes a roster's KPIs from its analysed planning view. */
final class KpiCalculator {

    private KpiCalculator() {
    }

    static RosterKpis kpis(RosterAnalysisService.Analysed analysed, ReadinessCheck.Report readiness) {
        HardMediumSoftLongScore score = analysed.explanation().getScore();
        Map<String, Long> travelByNurse = new HashMap<>();
        Map<String, Long> workByNurse = new HashMap<>();
        Map<String, Integer> visitsByNurse = new HashMap<>();
        Map<String, TreeSet<Long>> nursesByClient = new TreeMap<>();
        Map<String, Integer> visitsByClient = new HashMap<>();
        int assigned = 0;
        for (NurseShift shift : analysed.solution().getShifts()) {
            String nurseId = shift.getNurse().getId();
            for (PlanningVisit visit : shift.getVisits()) {
                assigned++;
                travelByNurse.merge(nurseId, visit.getTravelTimeFromPrevious() + visit.getTravelTimeHome(), Long::sum);
                visitsByNurse.merge(nurseId, 1, Integer::sum);
                nursesByClient.computeIfAbsent(visit.getClient().id(), k -> new TreeSet<>()).add(Long.valueOf(nurseId));
                visitsByClient.merge(visit.getClient().id(), 1, Integer::sum);
            }
            if (shift.getWorkStart() != null && shift.getWorkEnd() != null) {
                workByNurse.merge(nurseId, shift.getWorkEnd() - shift.getWorkStart(), Long::sum);
            }
        }
        List<RosterKpis.NurseFigures> nurses = new ArrayList<>();
        for (Nurse nurse : analysed.problem().nurses()) {
            String id = nurse.id.toString();
            double worked = workByNurse.getOrDefault(id, 0L) / 3600.0;
            double min = nurse.contractMinHours.doubleValue();
            double max = nurse.contractMaxHours.doubleValue();
            nurses.add(new RosterKpis.NurseFigures(nurse.id, nurse.name, visitsByNurse.getOrDefault(id, 0),
                    Math.round(travelByNurse.getOrDefault(id, 0L) / 60.0), round(worked), min, max,
                    round(deviationPercent(worked, min, max))));
        }
        List<RosterKpis.ClientFigures> clients = nursesByClient.entrySet().stream()
                .map(e -> new RosterKpis.ClientFigures(Long.parseLong(e.getKey()), visitsByClient.get(e.getKey()),
                        e.getValue().size(), List.copyOf(e.getValue())))
                .toList();
        long travelSeconds = travelByNurse.values().stream().mapToLong(Long::longValue).sum();
        return new RosterKpis(analysed.problem().roster().id, score.toString(), score.isFeasible(),
                analysed.solution().getVisits().size(), assigned, Math.round(travelSeconds / 60.0),
                assigned == 0 ? 0 : round(travelSeconds / 60.0 / assigned),
                clients.isEmpty() ? 0 : round(clients.stream().mapToInt(RosterKpis.ClientFigures::distinctNurses)
                        .average().orElse(0)),
                constraintScores(analysed), nurses, clients, unassigned(analysed, readiness));
    }

    /** How far outside the contract's min–max band the worked hours are, as a share of the band's middle. */
    static double deviationPercent(double worked, double min, double max) {
        double target = (min + max) / 2;
        if (target == 0) {
            return 0;
        }
        double outside = worked < min ? min - worked : worked > max ? worked - max : 0;
        return outside / target * 100;
    }

    private static List<RosterKpis.ConstraintScore> constraintScores(RosterAnalysisService.Analysed analysed) {
        List<RosterKpis.ConstraintScore> result = new ArrayList<>();
        for (ConstraintMatchTotal<HardMediumSoftLongScore> total
                : analysed.explanation().getConstraintMatchTotalMap().values()) {
            HardMediumSoftLongScore s = total.getScore();
            RosterConstraint constraint = RosterConstraint.byLabel(total.getConstraintName());
            result.add(new RosterKpis.ConstraintScore(constraint.key(), constraint.label(), ScoreLevel.of(s),
                    ScoreLevel.penalty(s), total.getConstraintMatchCount()));
        }
        result.sort(Comparator.comparing(RosterKpis.ConstraintScore::level)
                .thenComparing(RosterKpis.ConstraintScore::penalty, Comparator.reverseOrder()));
        return result;
    }

    private static List<RosterKpis.UnassignedVisit> unassigned(RosterAnalysisService.Analysed analysed,
                                                               ReadinessCheck.Report readiness) {
        ZoneId zone = ZoneId.of(analysed.problem().roster().timeZone);
        WeekClock clock = WeekClock.of(analysed.problem().roster().weekStart, zone);
        List<RosterKpis.UnassignedVisit> result = new ArrayList<>();
        for (PlanningVisit visit : analysed.solution().getUnassigned().getVisits()) {
            long id = Long.parseLong(visit.getId());
            String reason = readiness.findings().stream().filter(f -> f.visitIds().contains(id))
                    .map(ReadinessCheck.Finding::message).findFirst()
                    .orElse("no qualified nurse could take it without breaking a hard rule");
            String day = clock.toInstant(visit.getEarliestStart()).atZone(zone).getDayOfWeek()
                    .getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            result.add(new RosterKpis.UnassignedVisit(id, Long.parseLong(visit.getClient().id()), day, reason));
        }
        return result;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
