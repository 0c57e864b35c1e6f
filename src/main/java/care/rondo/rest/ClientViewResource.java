package care.rondo.rest;

import care.rondo.rest.dto.ClientViewWishesRequest;
import care.rondo.rest.dto.ClientViewWishesView;
import care.rondo.rest.dto.ClientVisitsView;
import care.rondo.rest.dto.NotNeededRequest;
import care.rondo.rest.dto.NotNeededView;
import care.rondo.service.client.CancellationRequestService;
import care.rondo.service.client.ClientViewWishesService;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import care.rondo.service.client.ClientLinkService;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The client view: the secret token in the path is the only credential; every use is audited. */
@Path("/api/client-view")
@PermitAll
@Tag(name = "Client view")
public class ClientViewResource {

    @Inject
    ClientLinkService links;

    @Inject
    CancellationRequestService cancellations;

    @Inject
    ClientViewWishesService wishes;

    @GET
    @Path("{token}")
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "This week's and next week's visits",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClientVisitsView.class)))
    @APIResponse(responseCode = "404", description = "Unknown or revoked link, or the client is no longer in care")
    public Response getClientView(@PathParam("token") String token) {
        return Response.ok(ClientVisitsView.of(links.view(token))).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("{token}/cancellation-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Sent: the team will confirm or decline it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NotNeededView.class)))
    @APIResponse(responseCode = "404", description = "Unknown or revoked link, or a visit not in this view")
    @APIResponse(responseCode = "409", description = "The visit has begun, or already has an open request")
    public Response requestVisitCancellation(@PathParam("token") String token,
                                             @NotNull @Valid NotNeededRequest request) {
        var saved = cancellations.request(token, request.visitId(), request.reason());
        return Response.status(Response.Status.CREATED).entity(NotNeededView.of(saved)).build();
    }

    @GET
    @Path("{token}/wishes")
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "What matters to her; editable says whether she may change it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClientViewWishesView.class)))
    @APIResponse(responseCode = "404", description = "Unknown or revoked link, or the client is no longer in care")
    public Response getClientViewWishes(@PathParam("token") String token) {
        ClientViewWishesView view = ClientViewWishesView.of(wishes.get(token));
        return Response.ok(view).tag(Http.etag(view.version())).header("Cache-Control", "no-store").build();
    }

    @PUT
    @Path("{token}/wishes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "Saved: the team sees it, and the next plan weighs it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClientViewWishesView.class)))
    @APIResponse(responseCode = "400", description = "An invalid field, named; nothing was saved")
    @APIResponse(responseCode = "403", description = "The team has not enabled changing wishes through this link")
    @APIResponse(responseCode = "404", description = "Unknown or revoked link, or the client is no longer in care")
    @APIResponse(responseCode = "409", description = "Changed since it was read (by the team or another visit to "
            + "the page): the current state is in the answer")
    public Response updateClientViewWishes(@PathParam("token") String token,
                                           @HeaderParam("If-Match") String ifMatch,
                                           @NotNull @Valid ClientViewWishesRequest request) {
        long version = Http.expectedVersion(ifMatch, request.version());
        ClientViewWishesView view = ClientViewWishesView.of(wishes.update(token, version, request.toData()));
        return Response.ok(view).tag(Http.etag(view.version())).header("Cache-Control", "no-store").build();
    }
}
