package care.rondo.rest;

import care.rondo.domain.CarePlan;
import care.rondo.rest.dto.CarePlanRequest;
import care.rondo.rest.dto.CarePlanView;
import care.rondo.rest.dto.PageView;
import care.rondo.service.CarePlanService;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

// declared, not derived from a Response: Quarkus REST gzips by the declared type
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/teams/{teamId}")
@Authenticated
@Tag(name = "Care plans")
@SecurityRequirement(name = "bearer")
public class CarePlanResource {

    private static final String ONE = "clients/{clientId}/care-plans/{carePlanId}";

    @Inject
    CarePlanService plans;

    /** Every care plan of the team: what the planner turns into a week's visits. */
    @GET
    @Path("care-plans")
    public PageView<CarePlanView> listTeamCarePlans(
            @PathParam("teamId") long teamId,
            @Parameter(description = "true lists only archived ones", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("archived") String archived,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        Http.Listing listing = Http.listing(archived, page, size, sort);
        return PageView.of(plans.listOfTeam(teamId, listing.archived(), listing.page()),
                CarePlanView::of);
    }

    @GET
    @Path("clients/{clientId}/care-plans")
    public PageView<CarePlanView> listClientCarePlans(
            @PathParam("teamId") long teamId,
            @PathParam("clientId") long clientId,
            @Parameter(description = "true lists only archived ones", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("archived") String archived,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        Http.Listing listing = Http.listing(archived, page, size, sort);
        return PageView.of(plans.listOfClient(teamId, clientId, listing.archived(), listing.page()),
                CarePlanView::of);
    }

    @GET
    @Path(ONE)
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CarePlanView.class)))
    public Response getCarePlan(@PathParam("teamId") long teamId, @PathParam("clientId") long clientId,
                                @PathParam("carePlanId") long carePlanId) {
        CarePlan plan = plans.get(teamId, clientId, carePlanId);
        return Http.ok(CarePlanView.of(plan), plan.version);
    }

    @POST
    @Path("clients/{clientId}/care-plans")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CarePlanView.class)))
    public Response createCarePlan(@PathParam("teamId") long teamId, @PathParam("clientId") long clientId,
                                   @NotNull @Valid CarePlanRequest request, @Context UriInfo uri) {
        CarePlan plan = plans.create(teamId, clientId, request.toData());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(plan.id)).build())
                .entity(CarePlanView.of(plan)).tag(Http.etag(plan.version)).build();
    }

    @PUT
    @Path(ONE)
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CarePlanView.class)))
    public Response updateCarePlan(@PathParam("teamId") long teamId, @PathParam("clientId") long clientId,
                                   @PathParam("carePlanId") long carePlanId, @HeaderParam("If-Match") String ifMatch,
                                   @NotNull @Valid CarePlanRequest request) {
        CarePlan plan = plans.update(teamId, clientId, carePlanId,
                Http.expectedVersion(ifMatch, request.version()), request.toData());
        return Http.ok(CarePlanView.of(plan), plan.version);
    }

    /** Archives the plan: no more visits from it; PUT with archived=false restores it. */
    @DELETE
    @Path(ONE)
    @APIResponse(responseCode = "204", description = "archived")
    public void archiveCarePlan(@PathParam("teamId") long teamId, @PathParam("clientId") long clientId,
                                @PathParam("carePlanId") long carePlanId, @HeaderParam("If-Match") String ifMatch) {
        plans.archive(teamId, clientId, carePlanId, Http.optionalVersion(ifMatch));
    }
}
