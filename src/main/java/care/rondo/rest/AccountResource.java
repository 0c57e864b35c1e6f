package care.rondo.rest;

import care.rondo.domain.Account;
import care.rondo.rest.dto.PageView;
import care.rondo.rest.dto.AccountRequest;
import care.rondo.rest.dto.AccountView;
import care.rondo.service.AccountService;
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
@Path("/api/accounts")
@Authenticated
@Tag(name = "Accounts")
@SecurityRequirement(name = "bearer")
public class AccountResource {

    @Inject
    AccountService accounts;

    @GET
    public PageView<AccountView> listAccounts(@QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                        @QueryParam("sort") String sort) {
        return PageView.of(accounts.list(Http.page(page, size, sort)), AccountView::of);
    }

    @GET
    @Path("{accountId}")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AccountView.class)))
    public Response getAccount(@PathParam("accountId") long accountId) {
        Account account = accounts.get(accountId);
        return Http.ok(AccountView.of(account), account.version);
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AccountView.class)))
    public Response createAccount(@NotNull @Valid AccountRequest request, @Context UriInfo uri) {
        Account account = accounts.create(request.toData());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(account.id)).build())
                .entity(AccountView.of(account)).tag(Http.etag(account.version)).build();
    }

    @PUT
    @Path("{accountId}")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AccountView.class)))
    public Response updateAccount(@PathParam("accountId") long accountId, @HeaderParam("If-Match") String ifMatch,
                               @NotNull @Valid AccountRequest request) {
        Account account = accounts.update(accountId, Http.expectedVersion(ifMatch, request.version()), request.toData());
        return Http.ok(AccountView.of(account), account.version);
    }
}
