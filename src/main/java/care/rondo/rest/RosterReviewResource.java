package care.rondo.rest;

import care.rondo.domain.Roster;
import care.rondo.domain.Visit;
import care.rondo.rest.dto.AcceptRequest;
import care.rondo.rest.dto.CancelVisitRequest;
import care.rondo.rest.dto.EventView;
import care.rondo.rest.dto.OneOffVisitRequest;
import care.rondo.rest.dto.OverrideRequest;
import care.rondo.rest.dto.PageView;
import care.rondo.rest.dto.ReplanRequest;
import care.rondo.rest.dto.RosterView;
import care.rondo.rest.dto.SnapshotView;
import care.rondo.rest.dto.VisitView;
import care.rondo.security.CurrentUser;
import care.rondo.service.roster.history.RosterDiff;
import care.rondo.service.roster.history.RosterHistoryService;
import care.rondo.service.roster.review.AcceptanceService;
import care.rondo.service.roster.lifecycle.ReplanService;
import care.rondo.service.roster.lifecycle.RosterService;
import care.rondo.service.roster.review.OverrideService;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.ZoneId;

/** The team's review cycle: override (with what-if), accept, re-plan, and read the diff and history. */
// declared, not derived from a Response: Quarkus REST gzips by the declared type
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/teams/{teamId}/rosters/{rosterId}")
@Authenticated
@Tag(name = "Roster review")
@SecurityRequirement(name = "bearer")
public class RosterReviewResource {

    @Inject
    OverrideService overrides;
    @Inject
    AcceptanceService acceptance;
    @Inject
    ReplanService replans;
    @Inject
    RosterHistoryService history;
    @Inject
    RosterService rosters;
    @Inject
    CurrentUser user;

    @POST
    @Path("overrides")
    public OverrideService.Outcome overrideRoster(@PathParam("teamId") long teamId, @PathParam("rosterId") long rosterId,
                                                  @HeaderParam("If-Match") String ifMatch,
                                                  @NotNull @Valid OverrideRequest request) {
        return overrides.apply(teamId, rosterId, Http.expectedVersion(ifMatch, request.rosterVersion(), "rosterVersion"),
                request.toCommand(), user.username());
    }

    /** The impact of an override (score and KPI deltas) without changing anything. */
    @POST
    @Path("overrides/preview")
    public OverrideService.WhatIf previewOverride(@PathParam("teamId") long teamId, @PathParam("rosterId") long rosterId,
                                                  @NotNull @Valid OverrideRequest request) {
        return overrides.preview(teamId, rosterId, request.toCommand(), user.username());
    }

    @POST
    @Path("acceptance")
    public SnapshotView acceptRoster(@PathParam("teamId") long teamId, @PathParam("rosterId") long rosterId,
                                     @HeaderParam("If-Match") String ifMatch, @NotNull @Valid AcceptRequest request) {
        return SnapshotView.of(acceptance.accept(teamId, rosterId,
                Http.expectedVersion(ifMatch, request.rosterVersion(), "rosterVersion"), request.confirmBrokenHardRules(),
                user.username()));
    }

    /** Starts a re-plan of this accepted roster: a new draft with everything before the freeze time fixed. */
    @POST
    @Path("replans")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RosterView.class)))
    public Response replanRoster(@PathParam("teamId") long teamId, @PathParam("rosterId") long rosterId,
                                 @Valid ReplanRequest request, @Context UriInfo uri) {
        Roster draft = replans.replan(teamId, rosterId,
                request == null || request.freezeAt() == null ? null : request.freezeAt().toInstant(), user.username());
        return Response.created(uri.getBaseUriBuilder().path("api/teams/{t}/rosters/{r}").build(teamId, draft.id))
                .entity(RosterView.of(draft, rosters.countVisits(draft.id, false), rosters.countVisits(draft.id, true)))
                .build();
    }

    @POST
    @Path("visits")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VisitView.class)))
    public Response addOneOffVisit(@PathParam("teamId") long teamId, @PathParam("rosterId") long rosterId,
                                   @HeaderParam("If-Match") String ifMatch, @NotNull @Valid OneOffVisitRequest request,
                                   @Context UriInfo uri) {
        ZoneId zone = ZoneId.of(rosters.get(teamId, rosterId).timeZone);
        Visit visit = replans.addOneOff(teamId, rosterId, Http.expectedVersion(ifMatch, request.rosterVersion(), "rosterVersion"),
                request.toVisit(zone), user.username());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(visit.id)).build())
                .entity(VisitView.of(visit, zone)).build();
    }

    @POST
    @Path("visits/{visitId}/cancellation")
    public VisitView cancelVisit(@PathParam("teamId") long teamId, @PathParam("rosterId") long rosterId,
                                 @PathParam("visitId") long visitId, @HeaderParam("If-Match") String ifMatch,
                                 @NotNull @Valid CancelVisitRequest request) {
        Visit visit = replans.cancelVisit(teamId, rosterId, visitId,
                Http.expectedVersion(ifMatch, request.rosterVersion(), "rosterVersion"), request.reason(), user.username());
        return VisitView.of(visit, ZoneId.of(rosters.get(teamId, rosterId).timeZone));
    }

    /** What a re-plan changes against the accepted roster it started from. */
    @GET
    @Path("diff")
    public RosterDiff getRosterDiff(@PathParam("teamId") long teamId, @PathParam("rosterId") long rosterId) {
        return history.diff(teamId, rosterId);
    }

    @GET
    @Path("history")
    public PageView<EventView> getRosterHistory(@PathParam("teamId") long teamId, @PathParam("rosterId") long rosterId,
                                                @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return PageView.of(history.history(teamId, rosterId, Http.page(page, size, null)), EventView::of);
    }
}
