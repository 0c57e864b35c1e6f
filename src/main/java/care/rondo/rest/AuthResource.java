package care.rondo.rest;

import care.rondo.rest.dto.TokenRequest;
import care.rondo.rest.dto.TokenView;
import care.rondo.service.AuthService;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/auth")
@Tag(name = "Authentication")
public class AuthResource {

    @Inject
    AuthService auth;

    /** Signs in a built-in account; send the token as {@code Authorization: Bearer ...} afterwards. */
    @POST
    @Path("token")
    @PermitAll
    public TokenView issueToken(@NotNull @Valid TokenRequest request) {
        AuthService.Login login = auth.login(request.username(), request.password());
        return new TokenView(login.token().token(), "Bearer", login.token().expiresInSeconds(),
                login.account().role.group(), login.account().teamId);
    }
}
