package care.rondo.service;

import care.rondo.domain.Team;
import care.rondo.security.TeamAccess;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.ZoneId;
import java.util.Map;

/** Teams: admins create and edit them; everyone reads the teams they may read. */
@ApplicationScoped
public class TeamService {

    private static final Map<String, String> SORTABLE = Map.of("name", "name", "createdAt", "createdAt");

    @Inject
    TeamAccess access;

    @Inject
    TeamGuard guard;

    public record TeamData(String name, String neighbourhood, double officeLatitude, double officeLongitude,
                           String timeZone, Boolean archived) {
    }

    public Page<Team> list(PageRequest request) {
        PanacheQuery<Team> query = access.mayReadAllTeams()
                ? Team.findAll(request.toSort(SORTABLE, "name"))
                : Team.find("id = ?1", request.toSort(SORTABLE, "name"), access.ownTeam().orElse(-1L));
        return Pages.of(query, request);
    }

    public Team get(long id) {
        guard.requireRead(id);
        return Team.<Team>findByIdOptional(id).orElseThrow(() -> new NotFoundException("Team", id));
    }

    @Transactional
    public Team create(TeamData data) {
        requireAdmin();
        Team team = new Team();
        apply(team, data);
        requireUniqueName(team.name, null);
        team.persist();
        return team;
    }

    @Transactional
    public Team update(long id, long expectedVersion, TeamData data) {
        requireAdmin();
        Team team = Team.<Team>findByIdOptional(id).orElseThrow(() -> new NotFoundException("Team", id));
        Versions.check("Team", team.version, expectedVersion, team);
        requireUniqueName(data.name(), id);
        apply(team, data);
        team.flush();
        return team;
    }

    private void apply(Team team, TeamData data) {
        team.name = data.name().trim();
        team.neighbourhood = data.neighbourhood();
        team.officeLatitude = data.officeLatitude();
        team.officeLongitude = data.officeLongitude();
        team.timeZone = data.timeZone() == null ? "Europe/Amsterdam" : validZone(data.timeZone());
        if (data.archived() != null) {
            team.archived = data.archived();
        }
    }

    private static String validZone(String zone) {
        try {
            return ZoneId.of(zone).getId();
        } catch (RuntimeException e) {
            throw new InvalidInputException("timeZone", "must be an IANA time zone such as Europe/Amsterdam");
        }
    }

    private void requireUniqueName(String name, Long exceptId) {
        long clashes = exceptId == null ? Team.count("lower(name) = lower(?1)", name.trim())
                : Team.count("lower(name) = lower(?1) and id <> ?2", name.trim(), exceptId);
        if (clashes > 0) {
            throw new ConflictException("A team with this name already exists");
        }
    }

    private void requireAdmin() {
        if (!access.isAdmin()) {
            throw new NotPermittedException("Only admins manage teams");
        }
    }
}
