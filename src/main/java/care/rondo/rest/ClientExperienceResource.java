package care.rondo.rest;

import care.rondo.service.client.ClientExperienceService;
import care.rondo.service.client.ClientExperienceService.ClientExperience;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The client's side of the last weeks, for her own team (coordinators see {@link ExperienceAcrossTeamsResource}). */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/teams/{teamId}/clients/{clientId}/experience")
@Authenticated
@Tag(name = "Clients")
@SecurityRequirement(name = "bearer")
public class ClientExperienceResource {

    @Inject
    ClientExperienceService experience;

    @GET
    @Operation(summary = "How often her wishes were met and which nurses she saw, over the accepted rosters of "
            + "the last weeks (members of her team only)")
    public ClientExperience getClientExperience(@PathParam("teamId") long teamId, @PathParam("clientId") long clientId,
            @Parameter(description = "weeks ending with this one, 1-52 (default 8)") @QueryParam("weeks")
            Integer weeks) {
        return experience.forClient(teamId, clientId, ClientExperienceService.weeks(weeks));
    }
}
