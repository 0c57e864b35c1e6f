package care.rondo.rest;

import care.rondo.service.export.ExportService;
import care.rondo.service.mobile.CalendarFeedService;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The subscribe URL calendar apps poll: the secret token in the path is the only credential. */
@Path("/api/feeds")
@PermitAll
@Tag(name = "Calendar feeds")
public class CalendarFeedResource {

    @Inject
    CalendarFeedService feeds;

    @Inject
    ExportService exports;

    @GET
    @Path("{token}.ics")
    @Produces(Exports.ICS)
    @APIResponse(responseCode = "200", description = "The nurse's accepted visits, four weeks back to eight ahead",
            content = @Content(mediaType = "text/calendar",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "Unknown or revoked token")
    public Response getCalendarFeed(@PathParam("token") String token) {
        ExportService.Plan plan = feeds.plan(token);
        return Response.fromResponse(Exports.download(exports, plan))
                .header("Content-Disposition", "inline; filename=\"" + plan.fileName() + "\"").build();
    }
}
