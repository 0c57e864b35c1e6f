package care.rondo.rest;

import care.rondo.service.client.ClientExperienceService;
import care.rondo.service.client.ClientExperienceService.ExperienceAcrossTeams;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** How often clients' wishes were met across every team, without any client or nurse in it. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/client-experience")
@Authenticated
@Tag(name = "Clients")
@SecurityRequirement(name = "bearer")
public class ExperienceAcrossTeamsResource {

    @Inject
    ClientExperienceService experience;

    @GET
    @Operation(summary = "The tallies of clients' wishes across every team, without any client or nurse "
            + "(coordinators, admins)")
    public ExperienceAcrossTeams getExperienceAcrossTeams(
            @Parameter(description = "weeks ending with this one, 1-52 (default 8)") @QueryParam("weeks")
            Integer weeks) {
        return experience.acrossTeams(ClientExperienceService.weeks(weeks));
    }
}
