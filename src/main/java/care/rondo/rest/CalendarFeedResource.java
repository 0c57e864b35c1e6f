package care.rondo.rest;

import care.rondo.service.export.ExportService;
import care.rondo.service.mobile.CalendarFeedService;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;

/**
 * The subscribe URL calendar apps poll: the secret token in the path is the only credential. Apps poll every few
 * minutes, so the feed answers If-None-Match and If-Modified-Since with an empty 304 while nothing changed.
 */
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
    @APIResponse(responseCode = "200", description = "The nurse's accepted visits, four weeks back to eight ahead "
            + "of today in the team's time zone; visits that left her since are cancelled events",
            content = @Content(mediaType = "text/calendar",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")),
            headers = @Header(name = "Last-Modified", description = "when the feed's content last changed",
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag or date the app sent")
    @APIResponse(responseCode = "404", description = "Unknown or revoked token")
    public Response getCalendarFeed(@PathParam("token") String token,
                                    @Parameter(in = ParameterIn.HEADER, name = "If-Modified-Since",
                                            description = "the Last-Modified of the copy the app holds: 304 while "
                                                    + "nothing changed since (If-None-Match wins when both are sent)")
                                    @HeaderParam("If-Modified-Since") String ifModifiedSince,
                                    @Context HttpHeaders headers) {
        CalendarFeedService.Feed feed = feeds.feed(token);
        EntityTag tag = new EntityTag(feed.etag());
        Date lastModified = Date.from(feed.lastModified());
        if (unchanged(headers, ifModifiedSince, tag, feed.lastModified())) {
            return Response.notModified(tag).lastModified(lastModified).build();
        }
        ExportService.Plan plan = feed.plan();
        // revalidated on every poll rather than not stored: the 304 is what keeps polling cheap
        return Exports.file(exports, plan, "inline").tag(tag).lastModified(lastModified)
                .header("Cache-Control", "private, no-cache").build();
    }

    /** RFC 9110: If-None-Match decides when sent; otherwise If-Modified-Since, to the second. */
    private static boolean unchanged(HttpHeaders headers, String since, EntityTag tag, Instant lastModified) {
        if (headers.getHeaderString(HttpHeaders.IF_NONE_MATCH) != null) {
            return Http.notModified(headers, tag);
        }
        if (since == null || since.isBlank()) {
            return false;
        }
        try {
            return !lastModified.isAfter(ZonedDateTime.parse(since.trim(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant());
        } catch (DateTimeParseException e) {
            // RFC 9110: an invalid date is ignored
            return false;
        }
    }
}
