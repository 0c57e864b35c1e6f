package care.rondo.rest;

import care.rondo.service.export.ExportFormat;
import care.rondo.service.export.ExportService;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Accepted visits of several teams over a date range (at most 92 days): for coordinators and admins. */
@Path("/api/exports")
@Authenticated
@Tag(name = "Exports")
@SecurityRequirement(name = "bearer")
public class RegionExportResource {

    @Inject
    ExportService exports;

    @GET
    @Path("visits.csv")
    @Produces(Exports.CSV)
    @APIResponse(responseCode = "200", description = "RFC 4180 CSV of several teams (coordinators, admins)",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportTeamsCsv(@Parameter(description = "comma-separated team ids", example = "1,2")
                                   @QueryParam("teamIds") String teamIds,
                                   @QueryParam("from") String from, @QueryParam("to") String to) {
        return Exports.download(exports, Exports.planRange(exports, Exports.teamIds(teamIds), from, to,
                ExportFormat.CSV));
    }
}
