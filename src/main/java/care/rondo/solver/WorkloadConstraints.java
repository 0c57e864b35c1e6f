package care.rondo.solver;

import static care.rondo.planning.RosterConstraintWeights.CONTRACT_MAXIMUM;
import static care.rondo.planning.RosterConstraintWeights.MAX_WORK_PER_DAY;
import static care.rondo.planning.RosterConstraintWeights.REST_BETWEEN_DAYS;
import static care.rondo.planning.RosterConstraintWeights.SHIFT_CAPACITY;
import static care.rondo.planning.RosterConstraintWeights.SHIFT_END_EXCEEDED;
import static care.rondo.planning.RosterConstraintWeights.UNDER_CONTRACT_MINIMUM;
import static care.rondo.planning.RosterConstraintWeights.WORKLOAD_FAIRNESS;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintCollectors;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.bi.BiConstraintStream;
import org.optaplanner.core.api.score.stream.uni.UniConstraintStream;

import care.rondo.planning.NurseShift;
import care.rondo.planning.PlanningNurse;
import care.rondo.planning.WorkRules;

/**
 * Working-time rules. They read the shifts' working spans (shadow variables the timing listener maintains), so a
 * nurse with only empty shifts still counts as working zero — which matters for the contract minimum.
 */
final class WorkloadConstraints {

    private WorkloadConstraints() {
    }

    private static UniConstraintStream<NurseShift> nurseShifts(ConstraintFactory factory) {
        return factory.forEach(NurseShift.class).filter(shift -> !shift.isUnassignedBucket());
    }

    private static BiConstraintStream<PlanningNurse, Long> weeklyWork(ConstraintFactory factory) {
        return nurseShifts(factory)
                .groupBy(NurseShift::getNurse, ConstraintCollectors.sumLong(NurseShift::getWorkDuration));
    }

    /** Back home after the shift's end, travel included. */
    static Constraint shiftEndExceeded(ConstraintFactory factory) {
        return nurseShifts(factory)
                .filter(shift -> shift.getWorkEnd() != null && shift.getWorkEnd() > shift.getEnd())
                .penalizeConfigurableLong(shift -> shift.getWorkEnd() - shift.getEnd())
                .justifyWith((shift, score) -> new NurseJustification(shift.getNurse().getId(), shift.getDay(),
                        shift.getId(), shift.getWorkEnd() - shift.getEnd()))
                .asConstraint(SHIFT_END_EXCEEDED);
    }

    static Constraint maxWorkPerDay(ConstraintFactory factory) {
        return nurseShifts(factory)
                .groupBy(NurseShift::getNurse, NurseShift::getDay,
                        ConstraintCollectors.sumLong(NurseShift::getWorkDuration))
                .join(WorkRules.class)
                .filter((nurse, day, work, rules) -> work > rules.maxWorkPerDay())
                .penalizeConfigurableLong((nurse, day, work, rules) -> work - rules.maxWorkPerDay())
                .justifyWith((nurse, day, work, rules, score) -> new NurseJustification(nurse.getId(), day, null,
                        work - rules.maxWorkPerDay()))
                .asConstraint(MAX_WORK_PER_DAY);
    }

    static Constraint restBetweenDays(ConstraintFactory factory) {
        return nurseShifts(factory)
                // collect immutable spans, not the shifts: a list of shifts stays equal to itself when a shift's
                // working span changes, so the group would not be re-evaluated (score corruption)
                .groupBy(NurseShift::getNurse, ConstraintCollectors.toList(WorkSpan::of))
                .join(WorkRules.class)
                // computed once per change of a nurse's week, not once by the filter and again by the penalty
                .map((nurse, shifts, rules) -> new RestShortfall(nurse, restShortfall(shifts, rules)))
                .filter(rest -> rest.seconds() > 0)
                .penalizeConfigurableLong(RestShortfall::seconds)
                .justifyWith((rest, score) -> new NurseJustification(rest.nurse().getId(), null, null,
                        rest.seconds()))
                .indictWith(rest -> List.of(rest.nurse()))
                .asConstraint(REST_BETWEEN_DAYS);
    }

    private static final Comparator<WorkSpan> SPAN_ORDER = Comparator.comparingLong(WorkSpan::start)
            .thenComparingLong(WorkSpan::end).thenComparingInt(WorkSpan::day);

    /** How far a nurse's week falls short of the rest between working days. */
    record RestShortfall(PlanningNurse nurse, long seconds) {
    }

    /** One shift's working span, frozen at the moment it was collected. */
    record WorkSpan(int day, Long start, Long end) {
        static WorkSpan of(NurseShift shift) {
            return new WorkSpan(shift.getDay(), shift.getWorkStart(), shift.getWorkEnd());
        }
    }

    /** Sum over consecutive working days of how much the rest between them falls short; split shifts are exempt. */
    static long restShortfall(List<WorkSpan> spans, WorkRules rules) {
        // empty shifts have no span and impose no rest.
        // The order must be total: toList() hands the spans over in an order that depends on the history of
        // inserts and retracts, so it differs between incremental and from-scratch scoring. Sorting on start alone
        // left spans with equal starts (e.g. both halves of a double-handed visit in two shifts of one nurse during
        // the construction heuristic) in collection order, and the shortfall depends on which one comes first:
        // FULL_ASSERT reported "Score corruption" on Rest between days.
        List<WorkSpan> sorted = new ArrayList<>(spans.size());
        for (WorkSpan span : spans) {
            if (span.start() != null) {
                sorted.add(span);
            }
        }
        sorted.sort(SPAN_ORDER);
        long shortfall = 0;
        for (int i = 1; i < sorted.size(); i++) {
            WorkSpan before = sorted.get(i - 1);
            WorkSpan after = sorted.get(i);
            if (after.day() != before.day()) {
                shortfall += Math.max(0, rules.minRestBetweenDays() - (after.start() - before.end()));
            }
        }
        return shortfall;
    }

    static Constraint contractMaximum(ConstraintFactory factory) {
        return weeklyWork(factory)
                .filter((nurse, work) -> work > nurse.getContractMaxPerWeek())
                .penalizeConfigurableLong((nurse, work) -> work - nurse.getContractMaxPerWeek())
                .justifyWith((nurse, work, score) -> new NurseJustification(nurse.getId(), null, null,
                        work - nurse.getContractMaxPerWeek()))
                .asConstraint(CONTRACT_MAXIMUM);
    }

    static Constraint shiftCapacity(ConstraintFactory factory) {
        return nurseShifts(factory)
                .filter(shift -> shift.getCapacity() != null && shift.getTotalDemand() > shift.getCapacity())
                .penalizeConfigurableLong(shift -> shift.getTotalDemand() - shift.getCapacity())
                .justifyWith((shift, score) -> new NurseJustification(shift.getNurse().getId(), shift.getDay(),
                        shift.getId(), shift.getTotalDemand() - shift.getCapacity()))
                .asConstraint(SHIFT_CAPACITY);
    }

    static Constraint underContractMinimum(ConstraintFactory factory) {
        return weeklyWork(factory)
                .filter((nurse, work) -> work < nurse.getContractMinPerWeek())
                .penalizeConfigurableLong((nurse, work) -> nurse.getContractMinPerWeek() - work)
                .justifyWith((nurse, work, score) -> new NurseJustification(nurse.getId(), null, null,
                        nurse.getContractMinPerWeek() - work))
                .asConstraint(UNDER_CONTRACT_MINIMUM);
    }

    /**
     * Each nurse's squared deviation from her fair share of the team's work, summed and divided by the fairness
     * unit: with seconds and a unit of an hour, one nurse 1 h off costs 3600 (like an hour of travel) and 2 h off
     * four times that. Her fair share is her contract midpoint scaled by the team's work over the team's midpoints,
     * so the week's hours are shared by contract size whatever the week's total. Measured against the midpoints
     * themselves, a team below its contracts gained up to ten times more by adding travel and waiting than those
     * cost. One match for the team (the shares couple all nurses), naming the nurse furthest from her share.
     */
    static Constraint workloadFairness(ConstraintFactory factory) {
        return weeklyWork(factory)
                .groupBy(ConstraintCollectors.toList(NurseWork::new))
                .join(WorkRules.class)
                .map(TeamFairness::of)
                .filter(fairness -> fairness.penalty() > 0)
                .penalizeConfigurableLong(TeamFairness::penalty)
                .justifyWith((fairness, score) -> new NurseJustification(fairness.furthestNurseId(), null, null,
                        fairness.furthestDeviation()))
                .asConstraint(WORKLOAD_FAIRNESS);
    }

    record NurseWork(PlanningNurse nurse, long work) {
    }

    /**
     * @param furthestDeviation the signed deviation of the nurse furthest from her share (positive: she works more)
     */
    record TeamFairness(long penalty, String furthestNurseId, long furthestDeviation) {

        static TeamFairness of(List<NurseWork> nurses, WorkRules rules) {
            long work = 0;
            long target = 0;
            for (NurseWork nurse : nurses) {
                work += nurse.work();
                target += nurse.nurse().getContractTarget();
            }
            long squares = 0;
            NurseWork furthest = null;
            long furthestDeviation = 0;
            for (NurseWork nurse : nurses) {
                long contract = nurse.nurse().getContractTarget();
                // with no contract anywhere in the team, each midpoint (zero) is the share
                long share = target == 0 ? contract : Math.round((double) contract * work / target);
                long deviation = nurse.work() - share;
                squares += deviation * deviation;
                if (furthest == null || Math.abs(deviation) > Math.abs(furthestDeviation)) {
                    furthest = nurse;
                    furthestDeviation = deviation;
                }
            }
            return new TeamFairness(squares / rules.fairnessUnit(),
                    furthest == null ? null : furthest.nurse().getId(), furthestDeviation);
        }
    }
}
