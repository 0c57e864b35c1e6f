package care.rondo.service.roster;

import java.util.List;

/** The figures a team reads before accepting a roster. Times in minutes, hours in hours. */
public record RosterKpis(
        long rosterId,
        String score,
        boolean feasible,
        int visits,
        int assignedVisits,
        long travelMinutes,
        double travelMinutesPerVisit,
        double averageDistinctNursesPerClient,
        List<ConstraintScore> constraints,
        List<NurseFigures> nurses,
        List<ClientFigures> clients,
        List<UnassignedVisit> unassigned) {

    public record ConstraintScore(String constraint, String level, long penalty, int matches) {
    }

    public record NurseFigures(long nurseId, String name, int visits, long travelMinutes, double workedHours,
                               double contractMinHours, double contractMaxHours,
                               double deviationFromContractPercent) {
    }

    public record ClientFigures(long clientId, int visits, int distinctNurses, List<Long> nurseIds) {
    }

    public record UnassignedVisit(long visitId, long clientId, String day, String reason) {
    }
}
