package care.rondo.rest;

import care.rondo.domain.Nurse;
import care.rondo.rest.dto.NurseRequest;
import care.rondo.rest.dto.NurseView;
import care.rondo.rest.dto.PageView;
import care.rondo.service.NurseService;
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
@Path("/api/teams/{teamId}/nurses")
@Authenticated
@Tag(name = "Nurses")
@SecurityRequirement(name = "bearer")
public class NurseResource {

    @Inject
    NurseService nurses;

    @GET
    public PageView<NurseView> listNurses(
            @PathParam("teamId") long teamId,
            @Parameter(description = "true lists only archived ones", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("archived") String archived,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        Http.Listing listing = Http.listing(archived, page, size, sort);
        return PageView.of(nurses.list(teamId, listing.archived(), listing.page()),
                NurseView::of);
    }

    @GET
    @Path("{nurseId}")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NurseView.class)))
    public Response getNurse(@PathParam("teamId") long teamId, @PathParam("nurseId") long nurseId) {
        Nurse nurse = nurses.get(teamId, nurseId);
        return Http.ok(NurseView.of(nurse), nurse.version);
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NurseView.class)))
    public Response createNurse(@PathParam("teamId") long teamId, @NotNull @Valid NurseRequest request,
                                @Context UriInfo uri) {
        Nurse nurse = nurses.create(teamId, request.toData());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(nurse.id)).build())
                .entity(NurseView.of(nurse)).tag(Http.etag(nurse.version)).build();
    }

    @PUT
    @Path("{nurseId}")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NurseView.class)))
    public Response updateNurse(@PathParam("teamId") long teamId, @PathParam("nurseId") long nurseId,
                                @HeaderParam("If-Match") String ifMatch, @NotNull @Valid NurseRequest request) {
        Nurse nurse = nurses.update(teamId, nurseId, Http.expectedVersion(ifMatch, request.version()),
                request.toData());
        return Http.ok(NurseView.of(nurse), nurse.version);
    }

    /** Archives the nurse (she stays readable, e.g. in old rosters); PUT with archived=false restores her. */
    @DELETE
    @Path("{nurseId}")
    @APIResponse(responseCode = "204", description = "archived")
    public void archiveNurse(@PathParam("teamId") long teamId, @PathParam("nurseId") long nurseId,
                             @HeaderParam("If-Match") String ifMatch) {
        nurses.archive(teamId, nurseId, Http.optionalVersion(ifMatch));
    }
}
