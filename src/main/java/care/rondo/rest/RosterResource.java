package care.rondo.rest;

import care.rondo.domain.Roster;
import care.rondo.rest.dto.PageView;
import care.rondo.rest.dto.RosterRequest;
import care.rondo.rest.dto.RosterView;
import care.rondo.rest.dto.VisitView;
import care.rondo.security.CurrentUser;
import care.rondo.service.roster.lifecycle.RosterService;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.ZoneId;

// declared, not derived from a Response: Quarkus REST gzips by the declared type
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/teams/{teamId}/rosters")
@Authenticated
@Tag(name = "Rosters")
@SecurityRequirement(name = "bearer")
public class RosterResource {

    @Inject
    RosterService rosters;

    @Inject
    CurrentUser user;

    @GET
    public PageView<RosterView> listRosters(@PathParam("teamId") long teamId, @QueryParam("page") Integer page,
                                            @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        return PageView.of(rosters.list(teamId, Http.page(page, size, sort)), this::view);
    }

    /** Creates the roster of an ISO week with its visits generated from the team's care plans. */
    @POST
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RosterView.class)))
    public Response createRoster(@PathParam("teamId") long teamId, @NotNull @Valid RosterRequest request,
                                 @Context UriInfo uri) {
        Roster roster = rosters.create(teamId, request.isoWeek(), user.username());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(roster.id)).build())
                .entity(view(roster)).tag(Http.etag(roster.version)).build();
    }

    @GET
    @Path("{rosterId}")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RosterView.class)))
    public Response getRoster(@PathParam("teamId") long teamId, @PathParam("rosterId") long rosterId) {
        Roster roster = rosters.get(teamId, rosterId);
        return Http.ok(view(roster), roster.version);
    }

    @GET
    @Path("{rosterId}/visits")
    public PageView<VisitView> listRosterVisits(@PathParam("teamId") long teamId, @PathParam("rosterId") long rosterId,
                                                @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                                @QueryParam("sort") String sort) {
        Roster roster = rosters.get(teamId, rosterId);
        ZoneId zone = ZoneId.of(roster.timeZone);
        return PageView.of(rosters.visits(teamId, rosterId, Http.page(page, size, sort)), v -> VisitView.of(v, zone));
    }

    private RosterView view(Roster roster) {
        return RosterView.of(roster, rosters.countVisits(roster.id, false), rosters.countVisits(roster.id, true));
    }
}
