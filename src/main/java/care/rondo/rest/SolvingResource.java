package care.rondo.rest;

import care.rondo.domain.Roster;
import care.rondo.rest.dto.SolveRequest;
import care.rondo.rest.dto.SolveStatusView;
import care.rondo.service.roster.lifecycle.RosterService;
import care.rondo.service.roster.solving.SolveService;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Asynchronous solving of one roster: start (202), watch, stop early. */
// declared, not derived from a Response: Quarkus REST gzips by the declared type
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/teams/{teamId}/rosters/{rosterId}/solving")
@Authenticated
@Tag(name = "Solving")
@SecurityRequirement(name = "bearer")
public class SolvingResource {

    @Inject
    java.time.Clock clock;

    @Inject
    SolveService solving;

    @Inject
    RosterService rosters;

    @Inject
    care.rondo.security.CurrentUser user;

    @POST
    @APIResponse(responseCode = "202", description = "Solving requested", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SolveStatusView.class)))
    public Response startSolving(@PathParam("teamId") long teamId, @PathParam("rosterId") long rosterId,
                                 SolveRequest request) {
        SolveRequest limits = request == null ? new SolveRequest(null, null) : request;
        Roster roster = solving.start(teamId, rosterId, limits.seconds(), limits.unimprovedSeconds(),
                user.username());
        return Response.accepted(status(roster)).build();
    }

    @GET
    public SolveStatusView getSolvingStatus(@PathParam("teamId") long teamId, @PathParam("rosterId") long rosterId) {
        return status(rosters.get(teamId, rosterId));
    }

    @DELETE
    public SolveStatusView stopSolving(@PathParam("teamId") long teamId, @PathParam("rosterId") long rosterId) {
        return status(solving.stop(teamId, rosterId, user.username()));
    }

    private SolveStatusView status(Roster roster) {
        return SolveStatusView.of(roster, rosters.countVisits(roster.id, false), rosters.countVisits(roster.id, true),
                solving.queuePosition(roster), clock.instant());
    }
}
