package care.rondo.bench;

import care.rondo.planning.NurseShift;
import care.rondo.planning.PlanningNurse;
import care.rondo.planning.PlanningVisit;
import care.rondo.planning.VisitRoster;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The team-week quality figures the issue asks for, measured on a solved roster (time unit: seconds).
 *
 * @param contractDevPct mean deviation of a nurse's working time from her contract midpoint, in percent of it
 * @param shareDevPct mean deviation of a nurse's working time from her share of the team's work by contract midpoint
 *        (what workload fairness prices), in percent of that share
 */
public record TeamMetrics(int visits, int unassigned, double travelMinPerVisit, double distinctNursesPerClient,
        double contractDevPct, double shareDevPct) {

    public static TeamMetrics of(VisitRoster roster) {
        int assigned = 0;
        long travel = 0;
        Map<String, Set<String>> nursesOfClient = new HashMap<>();
        for (PlanningVisit v : roster.getVisits()) {
            if (!v.isAssigned()) {
                continue;
            }
            assigned++;
            travel += v.getTravelTimeFromPrevious() + v.getTravelTimeHome();
            nursesOfClient.computeIfAbsent(v.getClient().id(), k -> new HashSet<>()).add(v.getNurse().getId());
        }
        Map<PlanningNurse, Long> worked = new IdentityHashMap<>();
        for (NurseShift s : roster.getShifts()) {
            worked.merge(s.getNurse(), s.getWorkDuration(), Long::sum);
        }
        double dev = worked.entrySet().stream().mapToDouble(e -> {
            double target = e.getKey().getContractTarget();
            return Math.abs(e.getValue() - target) / target;
        }).average().orElse(0) * 100;
        double teamWork = worked.values().stream().mapToLong(Long::longValue).sum();
        double teamTarget = worked.keySet().stream().mapToLong(PlanningNurse::getContractTarget).sum();
        double shareDev = worked.entrySet().stream().mapToDouble(e -> {
            double share = e.getKey().getContractTarget() * teamWork / teamTarget;
            return Math.abs(e.getValue() - share) / share;
        }).average().orElse(0) * 100;
        double distinct = nursesOfClient.values().stream().mapToInt(Set::size).average().orElse(0);
        int total = roster.getVisits().size();
        return new TeamMetrics(total, total - assigned, assigned == 0 ? 0 : travel / 60.0 / assigned, distinct, dev,
                shareDev);
    }
}
