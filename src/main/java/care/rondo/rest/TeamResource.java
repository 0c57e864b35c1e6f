package care.rondo.rest;

import care.rondo.domain.Team;
import care.rondo.rest.dto.PageView;
import care.rondo.rest.dto.TeamRequest;
import care.rondo.rest.dto.TeamView;
import care.rondo.service.TeamGuard;
import care.rondo.service.TeamService;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

// declared, not derived from a Response: Quarkus REST gzips by the declared type
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/teams")
@Authenticated
@Tag(name = "Teams")
@SecurityRequirement(name = "bearer")
public class TeamResource {

    @Inject
    TeamService teams;

    @Inject
    TeamGuard guard;

    @GET
    public PageView<TeamView> listTeams(@QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                        @QueryParam("sort") String sort) {
        return PageView.of(teams.list(Http.page(page, size, sort)), this::view);
    }

    @GET
    @Path("{teamId}")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TeamView.class)))
    public Response getTeam(@PathParam("teamId") long teamId) {
        Team team = teams.get(teamId);
        return Http.ok(view(team), team.version);
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TeamView.class)))
    public Response createTeam(@NotNull @Valid TeamRequest request, @Context UriInfo uri) {
        Team team = teams.create(request.toData());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(team.id)).build())
                .entity(view(team)).tag(Http.etag(team.version)).build();
    }

    @PUT
    @Path("{teamId}")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TeamView.class)))
    public Response updateTeam(@PathParam("teamId") long teamId, @HeaderParam("If-Match") String ifMatch,
                               @NotNull @Valid TeamRequest request) {
        Team team = teams.update(teamId, Http.expectedVersion(ifMatch, request.version()), request.toData());
        return Http.ok(view(team), team.version);
    }

    /** The team with what the caller may do with it, so that the page asks instead of reading roles. */
    private TeamView view(Team team) {
        return TeamView.of(team, guard.rightsIn(team.id));
    }
}
