package care.rondo.rest;

import care.rondo.domain.RosterEvent;
import care.rondo.rest.dto.EventFeedView;
import care.rondo.rest.dto.EventView;
import care.rondo.service.EventFeedService;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The team's events (absences, re-plans, acceptances, exports) for polling with a cursor. */
@Path("/api/teams/{teamId}/events")
@Authenticated
@Tag(name = "Events")
@SecurityRequirement(name = "bearer")
public class EventFeedResource {

    @Inject
    EventFeedService events;

    @GET
    public EventFeedView listTeamEvents(@PathParam("teamId") long teamId,
                                        @Parameter(description = "the cursor of the previous answer; 0 for all")
                                        @QueryParam("after") Long after,
                                        @Parameter(description = "1-200, default 50") @QueryParam("limit") Integer limit) {
        long cursor = after == null ? 0 : after;
        List<RosterEvent> page = events.after(teamId, cursor, limit == null ? 50 : limit);
        return new EventFeedView(page.stream().map(EventView::of).toList(),
                page.isEmpty() ? cursor : page.get(page.size() - 1).id);
    }
}
