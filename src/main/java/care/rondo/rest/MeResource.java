package care.rondo.rest;

import care.rondo.domain.NurseAbsence;
import care.rondo.rest.dto.AbsenceView;
import care.rondo.rest.dto.CalendarFeedView;
import care.rondo.rest.dto.CheckRequest;
import care.rondo.rest.dto.MeView;
import care.rondo.rest.dto.MyAbsenceRequest;
import care.rondo.rest.dto.PageView;
import care.rondo.rest.dto.VisitCheckView;
import care.rondo.service.PageRequest;
import care.rondo.service.mobile.CalendarFeedService;
import care.rondo.service.mobile.CurrentNurse;
import care.rondo.service.mobile.MyAbsenceService;
import care.rondo.service.mobile.MyVisit;
import care.rondo.service.mobile.MyVisitsService;
import care.rondo.service.mobile.VisitCheckService;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/** The nurse's own API for the mobile app: who she is, her accepted visits, check-in/out, absences, calendar. */
// declared, not derived from a Response: Quarkus REST gzips by the declared type
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/me")
@Authenticated
@Tag(name = "Me (nurse)")
@SecurityRequirement(name = "bearer")
public class MeResource {

    @Inject
    Clock clock;

    @Inject
    CurrentNurse currentNurse;

    @Inject
    MyVisitsService visits;

    @Inject
    VisitCheckService checks;

    @Inject
    MyAbsenceService absences;

    @Inject
    CalendarFeedService feeds;

    @GET
    @APIResponse(responseCode = "200", description = "The nurse's profile (ETag; 304 on If-None-Match)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeView.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response getMe(@Context HttpHeaders request) {
        return Http.conditional(request, MeView.of(currentNurse.require()));
    }

    /** One schema name for the page of visits, so generated clients get a proper class. */
    @Schema(name = "MyVisitPage", requiredProperties = {"items", "page", "size", "totalItems", "totalPages"})
    public record MyVisitPage(List<MyVisit> items, int page, int size, long totalItems, int totalPages) {
    }

    @GET
    @Path("visits")
    @APIResponse(responseCode = "200", description = "Her accepted visits of a day or ISO week, in riding order "
            + "(ETag; 304 on If-None-Match)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MyVisitPage.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response listMyVisits(
            @Parameter(description = "a local date in the team's zone; default today",
                    schema = @Schema(type = SchemaType.STRING, format = "date", examples = "2026-12-01"))
            @QueryParam("date") String date,
            @Parameter(description = "an ISO week instead of a date", schema = @Schema(type = SchemaType.STRING,
                    pattern = "^\\d{4}-W\\d{2}$", examples = "2026-W49")) @QueryParam("week") String week,
            @Parameter(description = "page number, from 0", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0",
                    defaultValue = "0"))
            @QueryParam("page") Integer page,
            @Parameter(description = "visits per page", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200",
                    defaultValue = "50")) @QueryParam("size") Integer size,
            @Context HttpHeaders request) {
        PageRequest paging = Http.page(page, size, null);
        Days days = Days.parse(date, week, clock.withZone(ZoneId.of(currentNurse.require().team().timeZone)),
                paging.invalid());
        paging.requireValid();
        List<MyVisit> all = visits.visits(days.from(), days.to());
        int first = Math.min(all.size(), paging.page() * paging.size());
        List<MyVisit> items = all.subList(first, Math.min(all.size(), first + paging.size()));
        int pages = (all.size() + paging.size() - 1) / paging.size();
        return Http.conditional(request, new MyVisitPage(items, paging.page(), paging.size(), all.size(), pages));
    }

    @POST
    @Path("visits/{visitId}/check-in")
    @APIResponse(responseCode = "200", description = "Checked in",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VisitCheckView.class)))
    @APIResponse(responseCode = "409", description = "Already checked in, or the visit is not today: `current` "
            + "gives the day on which check-in is open (CheckInWindow)")
    public VisitCheckView checkIn(@PathParam("visitId") long visitId,
                                  @RequestBody(required = false) @Valid CheckRequest request) {
        return VisitCheckView.of(checks.checkIn(visitId, data(request)));
    }

    @POST
    @Path("visits/{visitId}/check-out")
    @APIResponse(responseCode = "200", description = "Checked out",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VisitCheckView.class)))
    @APIResponse(responseCode = "409", description = "Not checked in, or already checked out")
    public VisitCheckView checkOut(@PathParam("visitId") long visitId,
                                   @RequestBody(required = false) @Valid CheckRequest request) {
        return VisitCheckView.of(checks.checkOut(visitId, data(request)));
    }

    @POST
    @Path("absences")
    @APIResponse(responseCode = "201", description = "Reported; accepted rosters it touches need a re-plan",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AbsenceView.class)))
    public Response reportMyAbsence(@NotNull @Valid MyAbsenceRequest request, @Context UriInfo uri) {
        NurseAbsence absence = absences.report(Boolean.TRUE.equals(request.sickToday()), request.from(),
                request.to(), request.kind(), request.note());
        return Response.created(uri.getBaseUriBuilder().path("api/teams/{teamId}/nurses/{nurseId}/absences/{id}")
                .build(absence.teamId, absence.nurseId, absence.id)).entity(AbsenceView.of(absence)).build();
    }

    @POST
    @Path("calendar-feed")
    @APIResponse(responseCode = "201", description = "A new secret feed URL; the previous one stops working",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CalendarFeedView.class)))
    public Response createCalendarFeed(@Context UriInfo uri) {
        String token = feeds.rotate();
        var url = uri.getBaseUriBuilder().path("api/feeds/{token}.ics").build(token);
        return Response.created(url).entity(new CalendarFeedView(url.toString())).build();
    }

    @DELETE
    @Path("calendar-feed")
    @APIResponse(responseCode = "204", description = "Revoked: the URL answers 404 from now on")
    public void revokeCalendarFeed() {
        feeds.revoke();
    }

    /** The body is optional (Content-Type application/json, empty): a phone may have no position fix. */
    private static VisitCheckService.CheckData data(CheckRequest request) {
        return request == null ? VisitCheckService.CheckData.NONE : request.toData();
    }
}
