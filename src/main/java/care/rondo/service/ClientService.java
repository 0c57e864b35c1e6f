package care.rondo.service;

import care.rondo.domain.CarePlan;
import care.rondo.domain.Client;
import care.rondo.domain.Nurse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A team's clients: members of the team edit them and read their notes, coordinators read the rest. */
@ApplicationScoped
public class ClientService {

    private static final Map<String, String> SORTABLE = Map.of("name", "name", "createdAt", "createdAt");

    @Inject
    TeamGuard guard;

    @Inject
    java.time.Clock clock;

    public record ClientData(String name, String address, double latitude, double longitude, String notes,
                             List<Long> preferredNurseIds, List<Long> refusedNurseIds, Boolean archived) {
    }

    public Page<Client> list(long teamId, boolean archived, PageRequest request) {
        guard.readable(teamId);
        return Pages.of(Client.find("teamId = ?1 and archived = ?2", request.toSort(SORTABLE, "name"),
                teamId, archived), request);
    }

    public Client get(long teamId, long id) {
        guard.readable(teamId);
        return find(teamId, id);
    }

    /** Notes are for the visiting nurse: members of the client's team read them, nobody else. */
    public boolean maySeeNotes(long teamId) {
        return guard.maySeeClientNotes(teamId);
    }

    @Transactional
    public Client create(long teamId, ClientData data) {
        guard.plannable(teamId);
        validate(teamId, data);
        Client client = new Client();
        client.teamId = teamId;
        apply(client, data);
        client.persist();
        return client;
    }

    @Transactional
    public Client update(long teamId, long id, long expectedVersion, ClientData data) {
        guard.plannable(teamId);
        Client client = find(teamId, id);
        Versions.check("Client", client.version, expectedVersion, client);
        validate(teamId, data);
        apply(client, data);
        client.flush();
        return client;
    }

    /**
     * Archives the client and her care plans (she left the team's care): nothing is deleted, so past rosters
     * keep their visits. Restoring the client leaves the plans archived, to be restored one by one.
     */
    @Transactional
    public void archive(long teamId, long id, Long expectedVersion) {
        guard.plannable(teamId);
        Client client = find(teamId, id);
        if (expectedVersion != null) {
            Versions.check("Client", client.version, expectedVersion, client);
        }
        client.archived = true;
        // the client view's secret link ends with her care: restoring her does not revive it
        care.rondo.domain.ClientLink.revokeAll(id, clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        CarePlan.update("archived = true, version = version + 1 where clientId = ?1 and archived = false", id);
    }

    static Client find(long teamId, long id) {
        return Client.findInTeam(teamId, id).orElseThrow(() -> new NotFoundException("Client", id));
    }

    private static void validate(long teamId, ClientData data) {
        FieldErrors errors = new FieldErrors();
        List<Long> preferred = CaseloadRules.distinct(data.preferredNurseIds());
        List<Long> refused = CaseloadRules.distinct(data.refusedNurseIds());
        Set<Long> teamNurses = nursesOfTeam(teamId, preferred, refused);
        checkNurses("preferredNurseIds", data.preferredNurseIds(), teamNurses, errors);
        checkNurses("refusedNurseIds", data.refusedNurseIds(), teamNurses, errors);
        List<Long> refusedAsSent = data.refusedNurseIds() == null ? List.of() : data.refusedNurseIds();
        for (int i = 0; i < refusedAsSent.size(); i++) {
            if (preferred.contains(refusedAsSent.get(i))) {
                errors.add("refusedNurseIds[" + i + "]", "is also a preferred nurse");
            }
        }
        errors.throwIfAny();
    }

    private static Set<Long> nursesOfTeam(long teamId, List<Long> preferred, List<Long> refused) {
        Set<Long> ids = new HashSet<>(preferred);
        ids.addAll(refused);
        if (ids.isEmpty()) {
            return Set.of();
        }
        Set<Long> found = new HashSet<>();
        Nurse.<Nurse>list("teamId = ?1 and id in ?2", teamId, ids).forEach(nurse -> found.add(nurse.id));
        return found;
    }

    private static void checkNurses(String field, List<Long> ids, Set<Long> teamNurses, FieldErrors errors) {
        if (ids == null) {
            return;
        }
        for (int i = 0; i < ids.size(); i++) {
            if (!teamNurses.contains(ids.get(i))) {
                errors.add(field + "[" + i + "]", "must name a nurse of this team");
            }
        }
    }

    private static void apply(Client client, ClientData data) {
        client.name = data.name().trim();
        client.address = data.address().trim();
        client.latitude = data.latitude();
        client.longitude = data.longitude();
        client.notes = data.notes() == null || data.notes().isBlank() ? null : data.notes();
        client.preferredNurseIds = CaseloadRules.distinct(data.preferredNurseIds());
        client.refusedNurseIds = CaseloadRules.distinct(data.refusedNurseIds());
        if (data.archived() != null) {
            client.archived = data.archived();
        }
    }
}
