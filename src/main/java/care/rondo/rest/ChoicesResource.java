package care.rondo.rest;

import care.rondo.rest.dto.ChoicesView;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The fixed choices of the team's forms (travel modes, absence kinds, how much continuity matters to a client) with
 * their labels; the page loads them once.
 */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/choices")
@Authenticated
@Tag(name = "Choices")
@SecurityRequirement(name = "bearer")
public class ChoicesResource {

    @GET
    @Operation(summary = "Travel modes, absence kinds and continuity importances with their labels, and a new "
            + "nurse's travel mode")
    public ChoicesView choices() {
        return ChoicesView.current();
    }
}
