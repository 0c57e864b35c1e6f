package care.rondo.rest;

import care.rondo.rest.dto.ClientLinkAccessView;
import care.rondo.rest.dto.ClientLinkRequest;
import care.rondo.rest.dto.ClientLinkSettingsRequest;
import care.rondo.rest.dto.ClientLinkStateView;
import care.rondo.rest.dto.ClientLinkView;
import care.rondo.rest.dto.SubjectAccessExportView;
import care.rondo.service.client.ClientLinkService;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

import java.util.List;

/** The team's side of the client view: give the client or a relative a secret link, rotate it, revoke it, audit it. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/teams/{teamId}/clients/{clientId}")
@Authenticated
@Tag(name = "Client view")
@SecurityRequirement(name = "bearer")
public class ClientLinkResource {

    @Inject
    ClientLinkService links;

    @Inject
    care.rondo.service.client.SubjectAccessService subjectAccess;

    @POST
    @Path("link")
    @APIResponse(responseCode = "201", description = "A new secret link; the client's previous one stops working",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClientLinkView.class)))
    public Response createClientLink(@PathParam("teamId") long teamId, @PathParam("clientId") long clientId,
                                     @Valid ClientLinkRequest request, @Context UriInfo uri) {
        ClientLinkService.Issued issued = links.rotate(teamId, clientId,
                request == null ? null : request.relativeName(), request != null && request.allowsWishes());
        var api = uri.getBaseUriBuilder().path("api/client-view/{token}").build(issued.token());
        String page = uri.getBaseUriBuilder().path("client.html").build() + "#" + issued.token();
        return Response.created(api).entity(new ClientLinkView(page, api.toString(), issued.link().relativeName,
                issued.link().mayEditWishes, issued.link().createdAt)).build();
    }

    @GET
    @Path("link")
    public ClientLinkStateView getClientLink(@PathParam("teamId") long teamId, @PathParam("clientId") long clientId) {
        return ClientLinkStateView.of(links.state(teamId, clientId));
    }

    /** The team decides whether the client or her relative may change her wishes through the link. */
    @PUT
    @Path("link")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "The live link with its new setting; its secret is unchanged",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClientLinkStateView.class)))
    @APIResponse(responseCode = "404", description = "The client has no live link")
    public ClientLinkStateView updateClientLink(@PathParam("teamId") long teamId, @PathParam("clientId") long clientId,
                                                @NotNull @Valid ClientLinkSettingsRequest request) {
        return ClientLinkStateView.of(links.allowWishes(teamId, clientId, request.mayEditWishes()));
    }

    @DELETE
    @Path("link")
    @APIResponse(responseCode = "204", description = "Revoked: the link answers 404 from now on")
    public void revokeClientLink(@PathParam("teamId") long teamId, @PathParam("clientId") long clientId) {
        links.revoke(teamId, clientId);
    }

    /** GDPR subject-access export: everything held about her, as JSON, nothing of other clients. */
    @GET
    @Path("subject-access-export")
    public SubjectAccessExportView exportClientData(@PathParam("teamId") long teamId,
                                                    @PathParam("clientId") long clientId) {
        return SubjectAccessExportView.of(subjectAccess.export(teamId, clientId));
    }

    @GET
    @Path("link-accesses")
    public List<ClientLinkAccessView> listClientLinkAccesses(@PathParam("teamId") long teamId,
                                                            @PathParam("clientId") long clientId,
                                                            @QueryParam("limit") Integer limit) {
        int max = limit == null ? 100 : Math.max(1, Math.min(limit, 500));
        return links.accesses(teamId, clientId, max).stream().map(ClientLinkAccessView::of).toList();
    }
}
