package care.rondo.rest.dto;

import care.rondo.domain.Team;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "Team")
public record TeamView(long id, String name, String neighbourhood, GeoPoint office, String timeZone,
                       boolean archived, long version, Instant createdAt) {

    public static TeamView of(Team team) {
        return new TeamView(team.id, team.name, team.neighbourhood,
                new GeoPoint(team.officeLatitude, team.officeLongitude), team.timeZone, team.archived,
                team.version, team.createdAt);
    }
}
