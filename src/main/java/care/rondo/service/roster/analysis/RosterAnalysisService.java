package care.rondo.service.roster.analysis;

import care.rondo.domain.Client;
import care.rondo.domain.Nurse;
import care.rondo.domain.Roster;
import care.rondo.planning.NurseShift;
import care.rondo.planning.PlanningVisit;
import care.rondo.planning.RosterConstraint;
import care.rondo.planning.ScoreLevel;
import care.rondo.planning.TravelTimeSource;
import care.rondo.planning.VisitRoster;
import care.rondo.routing.RoutingService;
import care.rondo.service.NotFoundException;
import care.rondo.service.TeamGuard;
import care.rondo.service.roster.lifecycle.RosterService;
import care.rondo.service.roster.problem.PlanningMapper;
import care.rondo.service.roster.problem.RosterLoader;
import care.rondo.service.roster.problem.RosterProblem;
import care.rondo.service.roster.problem.WeekClock;
import care.rondo.solver.ClientJustification;
import care.rondo.solver.RosterJustification;
import care.rondo.solver.VisitJustification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.Indictment;
import org.optaplanner.core.api.solver.SolutionManager;

import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a stored roster as the solver sees it and explains it: KPIs, the score per constraint, and per visit
 * or nurse the indicted constraint matches in plain language (OptaPlanner's {@code SolutionManager.explain}).
 */
@ApplicationScoped
public class RosterAnalysisService {

    @Inject
    SolutionManager<VisitRoster, HardMediumSoftLongScore> solutionManager;

    @Inject
    RosterLoader loader;

    @Inject
    RosterService rosters;

    @Inject
    TeamGuard guard;

    @Inject
    RoadReadiness roadReadiness;

    @Inject
    RosterAnalysisCache cache;

    @Inject
    RoutingService routing;

    /** A roster's planning view with its score explanation, plus the stored facts to name things. */
    record Analysed(RosterProblem problem, VisitRoster solution,
                    ScoreExplanation<VisitRoster, HardMediumSoftLongScore> explanation) {

        String nurseName(String nurseId) {
            if (nurseId == null) {
                return "nobody";
            }
            return problem.nurses().stream().filter(n -> n.id.toString().equals(nurseId)).map(n -> n.name)
                    .findFirst().orElse("nurse #" + nurseId);
        }

        String clientName(String clientId) {
            Client client = clientId == null ? null : problem.clients().get(Long.valueOf(clientId));
            return client == null ? "the client" : client.name;
        }
    }

    public ReadinessCheck.Report readiness(long teamId, long rosterId) {
        rosters.get(teamId, rosterId);
        return roadReadiness.check(loader.load(rosterId));
    }

    /**
     * The roster's analysis for a read, shared while nothing it was made from changes (see {@link
     * RosterAnalysisCache}). Only for requests that change nothing: an analysis holds the entities it was loaded
     * from, and a request that goes on to change them (an override, its rehearsal, an acceptance) would change the
     * shared copy too; those use {@link #analyseForChange}.
     */
    Analysed analyse(long teamId, long rosterId) {
        Roster roster = rosters.get(teamId, rosterId);
        return cache.analysed(roster, roadTravelTimes(), () -> analyseNow(rosterId));
    }

    /** A fresh analysis of the roster as this transaction sees it, not shared (see {@link #analyse}). */
    Analysed analyseForChange(long teamId, long rosterId) {
        rosters.get(teamId, rosterId);
        return analyseNow(rosterId);
    }

    private Analysed analyseNow(long rosterId) {
        RosterProblem problem = loader.load(rosterId);
        VisitRoster solution = PlanningMapper.toPlanning(problem, true, routing.travelTimes());
        return new Analysed(problem, solution, solutionManager.explain(solution));
    }

    private boolean roadTravelTimes() {
        return routing.travelTimes() != TravelTimeSource.STRAIGHT_LINE;
    }

    public RosterKpis kpis(long teamId, long rosterId) {
        return kpis(analyse(teamId, rosterId));
    }

    /** The KPIs a change (acceptance) is decided by, from a fresh analysis. */
    public RosterKpis kpisForChange(long teamId, long rosterId) {
        return kpis(analyseForChange(teamId, rosterId));
    }

    private RosterKpis kpis(Analysed analysed) {
        return KpiCalculator.kpis(analysed, roadReadiness.check(analysed.problem()));
    }

    /** The planning board: lanes, visits with travel, pins and broken hard rules, in one read. */
    public RosterBoard board(long teamId, long rosterId) {
        Roster roster = rosters.get(teamId, rosterId);
        return cache.board(roster, roadTravelTimes(), () -> analyseNow(rosterId), BoardBuilder::board);
    }

    /** {@link #board} as the API's JSON, written once per state of the roster (see {@link RosterAnalysisCache}). */
    public byte[] boardJson(long teamId, long rosterId) {
        Roster roster = rosters.get(teamId, rosterId);
        return cache.boardJson(roster, roadTravelTimes(), () -> analyseNow(rosterId), BoardBuilder::board);
    }

    public Explanation explainVisit(long teamId, long rosterId, long visitId) {
        Analysed analysed = analyse(teamId, rosterId);
        PlanningVisit visit = analysed.solution().getVisits().stream().filter(v -> v.getId().equals(Long.toString(visitId)))
                .findFirst().orElseThrow(() -> new NotFoundException("Visit", visitId));
        ZoneId zone = ZoneId.of(analysed.problem().roster().timeZone);
        WeekClock clock = WeekClock.of(analysed.problem().roster().weekStart, zone);
        String nurse = visit.isAssigned() ? analysed.nurseName(visit.getNurse().getId()) : null;
        String client = analysed.clientName(visit.getClient().id());
        String day = clock.toInstant(visit.getEarliestStart()).atZone(zone).getDayOfWeek()
                .getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String summary = nurse == null
                ? "Nobody visits " + client + " on " + day + " yet."
                : nurse + " visits " + client + " on " + day + " from "
                + clock.toInstant(visit.getStartTime()).atZone(zone).toLocalTime() + " to "
                + clock.toInstant(visit.getEndTime()).atZone(zone).toLocalTime() + ".";
        List<Explanation.Impact> impacts = impacts(analysed, visit);
        List<String> reasons = new ArrayList<>();
        if (nurse == null) {
            reasons.add(unassignedReason(analysed, visitId));
        } else {
            reasons.add(nurse + " has level " + visit.getNurse().getLevel() + " and the skills this visit needs; "
                    + "she was chosen because this place in her route cost the least against the team's priorities.");
        }
        // an address the road map cannot reach is said, not hidden behind a straight-line travel time
        roadReadiness.findings(analysed.problem()).stream().filter(f -> f.visitIds().contains(visitId))
                .forEach(f -> reasons.add(capitalised(f.message()) + "."));
        impacts.forEach(i -> reasons.add(i.sentence()));
        return new Explanation("visit " + visitId, summary, impacts.stream().anyMatch(i -> i.level() == ScoreLevel.HARD),
                reasons, impacts);
    }

    /**
     * What an override is judged by, from one analysis: the KPIs, every hard constraint match (keyed by constraint
     * and what it indicts, so that two analyses of one roster can be compared) and the hard rules the touched
     * visits break.
     */
    public Review review(long teamId, long rosterId, List<Long> touchedVisitIds) {
        Analysed analysed = analyseForChange(teamId, rosterId);
        Map<String, Long> hardByKey = new HashMap<>();
        Map<String, Explanation.Impact> impactByKey = new HashMap<>();
        analysed.explanation().getConstraintMatchTotalMap().values().forEach(total -> {
            for (ConstraintMatch<HardMediumSoftLongScore> match : total.getConstraintMatchSet()) {
                if (match.getScore().hardScore() != 0) {
                    String key = match.getConstraintName() + "|" + match.getIndictedObjectList().stream()
                            .map(String::valueOf).sorted().collect(Collectors.joining(","));
                    hardByKey.merge(key, match.getScore().hardScore(), Long::sum);
                    impactByKey.putIfAbsent(key, impact(analysed, match));
                }
            }
        });
        Set<String> ids = touchedVisitIds.stream().map(String::valueOf)
                .collect(Collectors.toSet());
        List<Explanation.Impact> touched = analysed.solution().getVisits().stream().filter(v -> ids.contains(v.getId()))
                .flatMap(v -> impacts(analysed, v).stream())
                .filter(i -> i.level() == ScoreLevel.HARD).distinct().toList();
        return new Review(KpiCalculator.kpis(analysed, ReadinessCheck.check(analysed.problem())),
                analysed.explanation().getScore(), hardByKey, impactByKey, touched);
    }

    /** See {@link #review}. */
    public record Review(RosterKpis kpis, HardMediumSoftLongScore score, Map<String, Long> hardByKey,
                         Map<String, Explanation.Impact> impactByKey,
                         List<Explanation.Impact> touchedHardImpacts) {

        /**
         * The hard rules broken now: those the touched visits break, and every hard match that is new or weighs
         * more than in {@code before}, wherever it is (a visit moved into a route can make the next one late). If
         * the hard score got worse, some match got worse, so this list is never empty then.
         */
        public List<Explanation.Impact> hardImpactsSince(Review before) {
            LinkedHashSet<Explanation.Impact> impacts = new LinkedHashSet<>(touchedHardImpacts);
            hardByKey.entrySet().stream()
                    .filter(e -> e.getValue() < before.hardByKey().getOrDefault(e.getKey(), 0L))
                    .map(e -> impactByKey.get(e.getKey()))
                    .sorted(Comparator.comparing(Explanation.Impact::penalty, Comparator.reverseOrder())
                            .thenComparing(Explanation.Impact::constraint))
                    .forEach(impacts::add);
            return List.copyOf(impacts);
        }
    }

    public Explanation explainNurse(long teamId, long rosterId, long nurseId) {
        Analysed analysed = analyse(teamId, rosterId);
        Nurse nurse = analysed.problem().nurses().stream().filter(n -> n.id == nurseId).findFirst()
                .orElseThrow(() -> new NotFoundException("Nurse", nurseId));
        RosterKpis.NurseFigures figures = KpiCalculator.kpis(analysed, ReadinessCheck.check(analysed.problem()))
                .nurses().stream().filter(f -> f.nurseId() == nurseId).findFirst().orElseThrow();
        List<Explanation.Impact> impacts = new ArrayList<>();
        for (NurseShift shift : analysed.solution().getShifts()) {
            if (shift.getNurse().getId().equals(Long.toString(nurseId))) {
                impacts.addAll(impacts(analysed, shift));
                shift.getVisits().forEach(v -> impacts.addAll(impacts(analysed, v)));
            }
        }
        impacts.sort(Comparator.comparing(Explanation.Impact::level).thenComparing(i -> i.penalty()));
        String summary = String.format(Locale.ROOT, "%s has %d visits this week, %.1f hours of work against a "
                        + "contract of %.0f–%.0f hours, and %d minutes of travel.", nurse.name, figures.visits(),
                figures.workedHours(), figures.contractMinHours(), figures.contractMaxHours(), figures.travelMinutes());
        return new Explanation("nurse " + nurseId, summary, impacts.stream().anyMatch(i -> i.level() == ScoreLevel.HARD),
                impacts.stream().map(Explanation.Impact::sentence).distinct().toList(), impacts);
    }

    private static String capitalised(String sentence) {
        return sentence.isEmpty() ? sentence : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    private static String unassignedReason(Analysed analysed, long visitId) {
        return ReadinessCheck.check(analysed.problem()).findings().stream()
                .filter(f -> f.visitIds().contains(visitId)).map(ReadinessCheck.Finding::message).findFirst()
                .map(m -> "It cannot be planned: " + m + ".")
                .orElse("Every qualified nurse who works then would break a hard rule (time window, shift end, "
                        + "working hours or a double booking) to take it; solve again after changing shifts or "
                        + "windows, or assign it by hand.");
    }

    private static List<Explanation.Impact> impacts(Analysed analysed, Object indicted) {
        Indictment<HardMediumSoftLongScore> indictment = analysed.explanation().getIndictmentMap().get(indicted);
        if (indictment == null) {
            return List.of();
        }
        List<Explanation.Impact> impacts = new ArrayList<>();
        for (ConstraintMatch<HardMediumSoftLongScore> match : indictment.getConstraintMatchSet()) {
            impacts.add(impact(analysed, match));
        }
        impacts.sort(Comparator.comparing(Explanation.Impact::level).thenComparing(Explanation.Impact::penalty,
                Comparator.reverseOrder()));
        return impacts;
    }

    private static Explanation.Impact impact(Analysed analysed, ConstraintMatch<HardMediumSoftLongScore> match) {
        RosterJustification justified = match.getJustification() instanceof RosterJustification j ? j
                : new ClientJustification(null, null, 0);
        HardMediumSoftLongScore score = match.getScore();
        RosterConstraint constraint = RosterConstraint.byLabel(match.getConstraintName());
        String sentence = ReasonPhrases.sentence(match.getConstraintName(), justified.amount(),
                analysed.nurseName(justified.nurseId()), analysed.clientName(justified.clientId()));
        if (constraint == RosterConstraint.LIKED_NURSE_NOT_USED
                && match.getJustification() instanceof VisitJustification v) {
            List<String> why = WishReasons.whyNotLiked(analysed.problem(), v.visitId());
            if (!why.isEmpty()) {
                sentence += ": " + String.join("; ", why);
            }
        }
        return new Explanation.Impact(constraint.key(), constraint.label(), ScoreLevel.of(score),
                ScoreLevel.penalty(score), sentence);
    }

}
