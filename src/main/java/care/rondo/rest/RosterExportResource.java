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

/** Files of one accepted roster, or of a superseded one (marked so in the file); a draft answers 409. */
@Path("/api/teams/{teamId}/rosters/{rosterId}")
@Authenticated
@Tag(name = "Exports")
@SecurityRequirement(name = "bearer")
public class RosterExportResource {

    @Inject
    ExportService exports;

    @GET
    @Path("export.csv")
    @Produces(Exports.CSV)
    @APIResponse(responseCode = "200", description = "RFC 4180 CSV, one row per visit",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportRosterCsv(@PathParam("teamId") long teamId, @PathParam("rosterId") long rosterId) {
        return Exports.download(exports, exports.planRoster(teamId, rosterId, ExportFormat.CSV, null));
    }

    @GET
    @Path("export.ics")
    @Produces(Exports.ICS)
    @APIResponse(responseCode = "200", description = "iCalendar, one VEVENT per visit",
            content = @Content(mediaType = "text/calendar",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportRosterIcs(@PathParam("teamId") long teamId, @PathParam("rosterId") long rosterId) {
        return Exports.download(exports, exports.planRoster(teamId, rosterId, ExportFormat.ICS, null));
    }

    @GET
    @Path("export.xlsx")
    @Produces(Exports.XLSX)
    @APIResponse(responseCode = "200", description = "Spreadsheet with a sheet per day (or per nurse)",
            content = @Content(mediaType = Exports.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportRosterXlsx(@PathParam("teamId") long teamId, @PathParam("rosterId") long rosterId,
                                     @Parameter(description = "day (default) or nurse") @QueryParam("sheets") String sheets) {
        return Exports.download(exports, exports.planRoster(teamId, rosterId, Exports.xlsx(sheets), null));
    }

    @GET
    @Path("day-lists.pdf")
    @Produces(Exports.PDF)
    @APIResponse(responseCode = "200", description = "Printable day lists, a page per nurse and day",
            content = @Content(mediaType = Exports.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportRosterDayLists(@PathParam("teamId") long teamId, @PathParam("rosterId") long rosterId,
                                         @Parameter(description = "one day (ISO date); default the whole week")
                                         @QueryParam("date") String date) {
        return Exports.download(exports, exports.planRoster(teamId, rosterId, ExportFormat.PDF_DAY_LISTS,
                date == null ? null : Days.date("date", date)));
    }
}
