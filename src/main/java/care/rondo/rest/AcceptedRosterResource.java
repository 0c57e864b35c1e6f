package care.rondo.rest;

import care.rondo.rest.dto.PageView;
import care.rondo.rest.dto.SnapshotView;
import care.rondo.service.roster.history.RosterHistoryService;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Every published version of the team's weeks, newest first. */
@Path("/api/teams/{teamId}/accepted-rosters")
@Authenticated
@Tag(name = "Roster review")
@SecurityRequirement(name = "bearer")
public class AcceptedRosterResource {

    @Inject
    RosterHistoryService history;

    @GET
    public PageView<SnapshotView> listAcceptedRosters(@PathParam("teamId") long teamId,
                                                      @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                                      @QueryParam("sort") String sort) {
        return PageView.of(history.acceptedVersions(teamId, Http.page(page, size, sort)), SnapshotView::of);
    }
}
