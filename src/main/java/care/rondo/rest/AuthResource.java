package care.rondo.rest;

import jakarta.ws.rs.GET;
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

    /** The demo's public login (README); shown on the sign-in page only where the demo is enabled and loaded. */
    static final String DEMO_USERNAME = "anna.demo";
    static final String DEMO_PASSWORD = "rondo-demo";

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "rondo.demo.enabled", defaultValue = "false")
    boolean demoEnabled;

    /** What the sign-in page may show before anyone signs in. */
    public record SignInHints(boolean demo, String demoUsername, String demoPassword) {
    }

    @GET
    @Path("hints")
    @PermitAll
    public SignInHints getSignInHints() {
        boolean demo = demoEnabled && care.rondo.domain.Account.findByUsername(DEMO_USERNAME).isPresent();
        return demo ? new SignInHints(true, DEMO_USERNAME, DEMO_PASSWORD) : new SignInHints(false, null, null);
    }

    /** Signs in a built-in account; send the token as {@code Authorization: Bearer ...} afterwards. */
    @POST
    @Path("token")
    @PermitAll
    public TokenView issueToken(@NotNull @Valid TokenRequest request,
                                @jakarta.ws.rs.core.Context io.vertx.core.http.HttpServerRequest http) {
        // the peer address; behind a proxy set quarkus.http.proxy.proxy-address-forwarding (README)
        String address = http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
        AuthService.Login login = auth.login(request.username(), request.password(), address);
        return new TokenView(login.token().token(), "Bearer", login.token().expiresInSeconds(),
                login.account().role.group(), login.account().teamId);
    }
}
