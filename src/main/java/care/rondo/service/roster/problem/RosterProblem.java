package care.rondo.service.roster.problem;

import care.rondo.domain.Client;
import care.rondo.domain.ClientWishes;
import care.rondo.domain.Nurse;
import care.rondo.domain.NurseAbsence;
import care.rondo.domain.Roster;
import care.rondo.domain.Visit;
import care.rondo.planning.RosterConstraintWeights;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything stored that one solve needs, loaded in one read transaction. Detached copies: the solver thread
 * never touches a persistence context.
 *
 * @param lastWeekNurses per client, the nurses of the last accepted roster of the previous week (stability)
 * @param lockedDays nurse-days the team locked: the solver leaves those routes as they are
 * @param wishes per client, what matters to her (clients without recorded wishes are absent)
 */
public record RosterProblem(
        Roster roster,
        List<Visit> visits,
        List<Nurse> nurses,
        Map<Long, List<NurseAbsence>> absencesByNurse,
        Map<Long, Client> clients,
        RosterConstraintWeights weights,
        Map<Long, Set<Long>> lastWeekNurses,
        Set<NurseDay> lockedDays,
        Map<Long, ClientWishes> wishes) {

    /** A problem without client wishes. */
    public RosterProblem(Roster roster, List<Visit> visits, List<Nurse> nurses,
                         Map<Long, List<NurseAbsence>> absencesByNurse, Map<Long, Client> clients,
                         RosterConstraintWeights weights, Map<Long, Set<Long>> lastWeekNurses,
                         Set<NurseDay> lockedDays) {
        this(roster, visits, nurses, absencesByNurse, clients, weights, lastWeekNurses, lockedDays, Map.of());
    }

    /** A nurse on a date, e.g. a locked nurse-day. */
    public record NurseDay(long nurseId, java.time.LocalDate day) {
    }
}
