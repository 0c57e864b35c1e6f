package care.rondo.rest;

import care.rondo.service.InvalidInputException;
import care.rondo.service.roster.analysis.DayRoute;
import care.rondo.service.roster.analysis.DayRouteService;
import care.rondo.service.roster.analysis.Explanation;
import care.rondo.service.roster.analysis.ReadinessCheck;
import care.rondo.service.roster.analysis.RosterAnalysisService;
import care.rondo.service.roster.analysis.RosterBoard;
import care.rondo.service.roster.analysis.RosterKpis;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What a team reads to trust a proposal: readiness of its data, KPIs and plain-language explanations. */
@Path("/api/teams/{teamId}/rosters/{rosterId}")
@Authenticated
@Tag(name = "Roster analysis")
@SecurityRequirement(name = "bearer")
public class RosterAnalysisResource {

    @Inject
    RosterAnalysisService analysis;

    @Inject
    DayRouteService routes;

    /** Problems in the data that no solver can fix (no qualified nurse, windows outside every shift...). */
    @GET
    @Path("readiness")
    public ReadinessCheck.Report getReadiness(@PathParam("teamId") long teamId, @PathParam("rosterId") long rosterId) {
        return analysis.readiness(teamId, rosterId);
    }

    /** One read for a planning board: nurse lanes and shifts, every visit with travel, pins and broken rules. */
    @GET
    @Path("board")
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "The board",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = care.rondo.service.roster.analysis.RosterBoard.class)))
    public Response getRosterBoard(@PathParam("teamId") long teamId, @PathParam("rosterId") long rosterId) {
        // already written JSON: a polled board is written once per state, not once per request
        return Response.ok(analysis.boardJson(teamId, rosterId), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("kpis")
    public RosterKpis getRosterKpis(@PathParam("teamId") long teamId, @PathParam("rosterId") long rosterId) {
        return analysis.kpis(teamId, rosterId);
    }

    @GET
    @Path("visits/{visitId}/explanation")
    public Explanation explainVisit(@PathParam("teamId") long teamId, @PathParam("rosterId") long rosterId,
                                    @PathParam("visitId") long visitId) {
        return analysis.explainVisit(teamId, rosterId, visitId);
    }

    /**
     * A nurse's route of one day for a map: a GeoJSON FeatureCollection with one LineString per leg, along the roads
     * where a map is configured (RONDO_OSM_FILE), straight lines otherwise.
     */
    @GET
    @Path("nurses/{nurseId}/route")
    public DayRoute getDayRoute(@PathParam("teamId") long teamId, @PathParam("rosterId") long rosterId,
                                @PathParam("nurseId") long nurseId,
                                @Parameter(description = "the day, e.g. 2026-12-07 (a day of the roster's week)",
                                        required = true) @QueryParam("date") String date) {
        if (date == null) {
            throw new InvalidInputException("date", "is required, e.g. 2026-12-07");
        }
        return routes.route(teamId, rosterId, nurseId, Days.date("date", date));
    }

    @GET
    @Path("nurses/{nurseId}/explanation")
    public Explanation explainNurse(@PathParam("teamId") long teamId, @PathParam("rosterId") long rosterId,
                                    @PathParam("nurseId") long nurseId) {
        return analysis.explainNurse(teamId, rosterId, nurseId);
    }
}
