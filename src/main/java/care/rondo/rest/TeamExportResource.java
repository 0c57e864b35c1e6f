package care.rondo.rest;

import care.rondo.service.export.ExportFormat;
import care.rondo.service.export.ExportService;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

import java.util.List;

/**
 * Accepted visits of one team over a date range (at most 92 days), for its members and coordinators. The
 * newest accepted version of each week counts.
 */
@Path("/api/teams/{teamId}/exports")
@Authenticated
@Tag(name = "Exports")
@SecurityRequirement(name = "bearer")
public class TeamExportResource {

    @Inject
    ExportService exports;

    @GET
    @Path("visits.csv")
    @Produces(Exports.CSV)
    @APIResponse(responseCode = "200", description = "RFC 4180 CSV, one row per visit",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportTeamCsv(@PathParam("teamId") long teamId, @QueryParam("from") String from,
                                  @QueryParam("to") String to) {
        return Exports.download(exports, plan(List.of(teamId), from, to, ExportFormat.CSV));
    }

    @GET
    @Path("visits.ics")
    @Produces(Exports.ICS)
    @APIResponse(responseCode = "200", description = "iCalendar, one VEVENT per visit",
            content = @Content(mediaType = "text/calendar",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportTeamIcs(@PathParam("teamId") long teamId, @QueryParam("from") String from,
                                  @QueryParam("to") String to) {
        return Exports.download(exports, plan(List.of(teamId), from, to, ExportFormat.ICS));
    }

    @GET
    @Path("visits.xlsx")
    @Produces(Exports.XLSX)
    @APIResponse(responseCode = "200", description = "Spreadsheet with a sheet per day (or per nurse)",
            content = @Content(mediaType = Exports.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportTeamXlsx(@PathParam("teamId") long teamId, @QueryParam("from") String from,
                                   @QueryParam("to") String to,
                                   @Parameter(description = "day (default) or nurse") @QueryParam("sheets") String sheets) {
        return Exports.download(exports, plan(List.of(teamId), from, to, Exports.xlsx(sheets)));
    }

    private ExportService.Plan plan(List<Long> teamIds, String from, String to, ExportFormat format) {
        return Exports.planRange(exports, teamIds, from, to, format);
    }
}
