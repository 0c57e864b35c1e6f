package care.rondo.service;

import care.rondo.domain.CarePlan;
import care.rondo.domain.Client;
import care.rondo.domain.Nurse;
import care.rondo.domain.NurseAbsence;
import care.rondo.domain.Roster;
import care.rondo.domain.Team;
import care.rondo.domain.Visit;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Decides access from the ids of a team-scoped URL alone, before anything else of the request is looked at: a
 * team the caller may not read, or an id that is not that team's (or not its parent's), is 404, whatever the body
 * or query say. Otherwise a malformed body would answer 400 and so confirm that another team's roster exists. The
 * services check the same again when they load what they change; this only decides first.
 */
@RequestScoped
public class TeamScope {

    @Inject
    TeamGuard guard;

    /** Each id of a path, by its path parameter name; unknown names and ids that are not numbers are left alone. */
    public void requireVisible(Map<String, String> pathIds) {
        Optional<Long> team = id(pathIds, "teamId");
        if (team.isEmpty()) {
            return;
        }
        long teamId = team.get();
        guard.readable(teamId);
        Optional<Long> nurse = id(pathIds, "nurseId");
        Optional<Long> client = id(pathIds, "clientId");
        Optional<Long> roster = id(pathIds, "rosterId");
        require(nurse, "Nurse", id -> Nurse.count("id = ?1 and teamId = ?2", id, teamId));
        require(client, "Client", id -> Client.count("id = ?1 and teamId = ?2", id, teamId));
        require(roster, "Roster", id -> Roster.count("id = ?1 and teamId = ?2", id, teamId));
        require(id(pathIds, "carePlanId"), "Care plan", id -> client.isEmpty() ? 0
                : CarePlan.count("id = ?1 and clientId = ?2 and teamId = ?3", id, client.get(), teamId));
        require(id(pathIds, "absenceId"), "Absence", id -> nurse.isEmpty() ? 0
                : NurseAbsence.count("id = ?1 and nurseId = ?2 and teamId = ?3", id, nurse.get(), teamId));
        require(id(pathIds, "visitId"), "Visit", id -> roster.isEmpty() ? 0
                : Visit.count("id = ?1 and rosterId = ?2 and teamId = ?3", id, roster.get(), teamId));
    }

    private static void require(Optional<Long> id, String what, LongFunction<Long> countInScope) {
        if (id.isPresent() && countInScope.apply(id.get()) == 0) {
            throw new NotFoundException(what, id.get());
        }
    }

    private static Optional<Long> id(Map<String, String> pathIds, String name) {
        String value = pathIds.get(name);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty(); // the resource method's own parameter conversion answers it
        }
    }
}
