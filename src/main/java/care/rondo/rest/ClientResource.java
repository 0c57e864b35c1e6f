package care.rondo.rest;

import care.rondo.domain.Client;
import care.rondo.rest.dto.ClientRequest;
import care.rondo.rest.dto.ClientView;
import care.rondo.rest.dto.PageView;
import care.rondo.service.ClientService;
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
@Path("/api/teams/{teamId}/clients")
@Authenticated
@Tag(name = "Clients")
@SecurityRequirement(name = "bearer")
public class ClientResource {

    @Inject
    ClientService clients;

    @GET
    public PageView<ClientView> listClients(
            @PathParam("teamId") long teamId,
            @Parameter(description = "true lists only archived ones", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("archived") String archived,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        boolean notes = clients.maySeeNotes(teamId);
        Http.Listing listing = Http.listing(archived, page, size, sort);
        return PageView.of(clients.list(teamId, listing.archived(), listing.page()),
                client -> ClientView.of(client, notes));
    }

    @GET
    @Path("{clientId}")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClientView.class)))
    public Response getClient(@PathParam("teamId") long teamId, @PathParam("clientId") long clientId) {
        Client client = clients.get(teamId, clientId);
        return Http.ok(ClientView.of(client, clients.maySeeNotes(teamId)), client.version);
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClientView.class)))
    public Response createClient(@PathParam("teamId") long teamId, @NotNull @Valid ClientRequest request,
                                 @Context UriInfo uri) {
        Client client = clients.create(teamId, request.toData());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(client.id)).build())
                .entity(ClientView.of(client, clients.maySeeNotes(teamId))).tag(Http.etag(client.version)).build();
    }

    @PUT
    @Path("{clientId}")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClientView.class)))
    public Response updateClient(@PathParam("teamId") long teamId, @PathParam("clientId") long clientId,
                                 @HeaderParam("If-Match") String ifMatch, @NotNull @Valid ClientRequest request) {
        Client client = clients.update(teamId, clientId, Http.expectedVersion(ifMatch, request.version()),
                request.toData());
        return Http.ok(ClientView.of(client, clients.maySeeNotes(teamId)), client.version);
    }

    /** Archives the client and her care plans; PUT with archived=false restores the client. */
    @DELETE
    @Path("{clientId}")
    @APIResponse(responseCode = "204", description = "archived")
    public void archiveClient(@PathParam("teamId") long teamId, @PathParam("clientId") long clientId,
                              @HeaderParam("If-Match") String ifMatch) {
        clients.archive(teamId, clientId, Http.optionalVersion(ifMatch));
    }
}
