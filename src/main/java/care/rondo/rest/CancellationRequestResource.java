package care.rondo.rest;

import care.rondo.rest.dto.CancellationRequestView;
import care.rondo.rest.dto.DecisionRequest;
import care.rondo.service.client.CancellationRequestService;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The team's side of "this visit is not needed": the requests, and its answer to each. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/teams/{teamId}/cancellation-requests")
@Authenticated
@Tag(name = "Client view")
@SecurityRequirement(name = "bearer")
public class CancellationRequestResource {

    @Inject
    CancellationRequestService requests;

    @GET
    public List<CancellationRequestView> listCancellationRequests(
            @PathParam("teamId") long teamId,
            @Parameter(description = "only OPEN, CONFIRMED or DECLINED ones", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"OPEN", "CONFIRMED", "DECLINED"})) @QueryParam("status") String status,
            @Parameter(description = "only those whose visit falls in this ISO week (the week a planning board "
                    + "shows)", schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{4}-W\\d{2}$",
                    examples = "2026-W50")) @QueryParam("week") String week) {
        return requests.list(teamId, status, week).stream().map(CancellationRequestView::of).toList();
    }

    @POST
    @Path("{requestId}/decision")
    public CancellationRequestView decideCancellationRequest(@PathParam("teamId") long teamId,
                                                             @PathParam("requestId") long requestId,
                                                             @NotNull @Valid DecisionRequest request) {
        return CancellationRequestView.of(requests.decide(teamId, requestId, request.confirm()));
    }
}
