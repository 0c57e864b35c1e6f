package care.rondo.rest.dto;

import care.rondo.domain.Team;
import care.rondo.service.TeamGuard;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "Team")
public record TeamView(long id, String name, String neighbourhood, GeoPoint office, String timeZone,
                       boolean archived, long version, Instant createdAt,
                       @Schema(description = "whether the caller may plan this team: change its caseload, rosters "
                               + "and weights (its members; coordinators and admins only read it)")
                       boolean mayPlan,
                       @Schema(description = "whether the caller reads its clients' notes (its members only)")
                       boolean maySeeClientNotes) {

    public static TeamView of(Team team, TeamGuard.Rights rights) {
        return new TeamView(team.id, team.name, team.neighbourhood,
                new GeoPoint(team.officeLatitude, team.officeLongitude), team.timeZone, team.archived,
                team.version, team.createdAt, rights.plan(), rights.clientNotes());
    }
}
