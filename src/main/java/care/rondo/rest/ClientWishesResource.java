package care.rondo.rest;

import care.rondo.domain.ClientWishes;
import care.rondo.rest.dto.ClientWishesRequest;
import care.rondo.rest.dto.ClientWishesView;
import care.rondo.service.client.ClientWishesService;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** "What matters to me": the client's wishes, read and written by members of her team. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/teams/{teamId}/clients/{clientId}/wishes")
@Authenticated
@Tag(name = "Clients")
@SecurityRequirement(name = "bearer")
public class ClientWishesResource {

    @Inject
    ClientWishesService wishes;

    @GET
    public ClientWishesView getClientWishes(@PathParam("teamId") long teamId, @PathParam("clientId") long clientId) {
        return ClientWishesView.of(wishes.get(teamId, clientId));
    }

    @PUT
    public ClientWishesView updateClientWishes(@PathParam("teamId") long teamId,
                                               @PathParam("clientId") long clientId,
                                               @HeaderParam("If-Match") String ifMatch,
                                               @NotNull @Valid ClientWishesRequest request) {
        Long version = ifMatch != null ? Http.optionalVersion(ifMatch) : request.version();
        ClientWishes saved = wishes.update(teamId, clientId, version, request.toData());
        return ClientWishesView.of(saved);
    }
}
