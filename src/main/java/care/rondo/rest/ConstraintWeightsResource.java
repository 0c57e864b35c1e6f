package care.rondo.rest;

import care.rondo.rest.dto.WeightsRequest;
import care.rondo.service.roster.problem.ConstraintWeightsService;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The team's own priorities for the soft constraints. */
@Path("/api/teams/{teamId}/constraint-weights")
@Authenticated
@Tag(name = "Constraint weights")
@SecurityRequirement(name = "bearer")
public class ConstraintWeightsResource {

    @Inject
    ConstraintWeightsService weights;

    @GET
    public ConstraintWeightsService.TeamWeights getConstraintWeights(@PathParam("teamId") long teamId) {
        return weights.get(teamId);
    }

    @PUT
    public ConstraintWeightsService.TeamWeights updateConstraintWeights(@PathParam("teamId") long teamId,
                                                                        @HeaderParam("If-Match") String ifMatch,
                                                                        @NotNull @Valid WeightsRequest request) {
        Long version = request.version();
        if (ifMatch != null) {
            version = Http.expectedVersion(ifMatch, null);
        }
        return weights.update(teamId, version, request.weights());
    }
}
