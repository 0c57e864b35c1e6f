package care.rondo.service.roster.analysis;

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

    public record ConstraintScore(String key, String constraint, care.rondo.planning.ScoreLevel level, long penalty,
                                  int matches) {
    }

    public record NurseFigures(long nurseId, String name, int visits, long travelMinutes, double workedHours,
                               double contractMinHours, double contractMaxHours,
                               double deviationFromContractPercent) {
    }

    public record ClientFigures(long clientId, int visits, int distinctNurses, List<Long> nurseIds) {
    }

    public record UnassignedVisit(long visitId, long clientId, String day, String reason) {
    }

    /** The headline figures, for before/after comparisons. */
    public record Summary(String score, boolean feasible, int assignedVisits, int unassignedVisits,
                          long travelMinutes, double averageDistinctNursesPerClient) {
    }

    /** After minus before: negative travel is good news; hours per nurse only where they changed. */
    public record Delta(long hardScore, long mediumScore, long softScore, long travelMinutes,
                        double averageDistinctNursesPerClient, int unassignedVisits,
                        java.util.Map<Long, Double> workedHoursByNurse) {

        public static Delta between(RosterKpis before, RosterKpis after) {
            var b = org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore.parseScore(before.score());
            var a = org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore.parseScore(after.score());
            java.util.Map<Long, Double> hours = new java.util.TreeMap<>();
            for (NurseFigures n : after.nurses()) {
                double was = before.nurses().stream().filter(x -> x.nurseId() == n.nurseId())
                        .mapToDouble(NurseFigures::workedHours).findFirst().orElse(0);
                if (Math.abs(n.workedHours() - was) > 0.001) {
                    hours.put(n.nurseId(), Math.round((n.workedHours() - was) * 100) / 100.0);
                }
            }
            return new Delta(a.hardScore() - b.hardScore(), a.mediumScore() - b.mediumScore(),
                    a.softScore() - b.softScore(), after.travelMinutes() - before.travelMinutes(),
                    Math.round((after.averageDistinctNursesPerClient() - before.averageDistinctNursesPerClient()) * 100)
                            / 100.0, after.unassigned().size() - before.unassigned().size(), hours);
        }
    }

    public Summary summary() {
        return new Summary(score, feasible, assignedVisits, unassigned.size(), travelMinutes,
                averageDistinctNursesPerClient);
    }
}
