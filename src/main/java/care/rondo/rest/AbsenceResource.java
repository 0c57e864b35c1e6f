package care.rondo.rest;

import care.rondo.domain.NurseAbsence;
import care.rondo.rest.dto.AbsenceRequest;
import care.rondo.rest.dto.AbsenceView;
import care.rondo.rest.dto.PageView;
import care.rondo.service.AbsenceService;
import care.rondo.service.InvalidInputException;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

// declared, not derived from a Response: Quarkus REST gzips by the declared type
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/teams/{teamId}/nurses/{nurseId}/absences")
@Authenticated
@Tag(name = "Absences")
@SecurityRequirement(name = "bearer")
public class AbsenceResource {

    @Inject
    AbsenceService absences;

    @GET
    public PageView<AbsenceView> listAbsences(
            @PathParam("teamId") long teamId, @PathParam("nurseId") long nurseId,
            @Parameter(description = "only absences ending after this ISO offset date-time")
            @QueryParam("from") String from,
            @Parameter(description = "only absences starting before this ISO offset date-time")
            @QueryParam("to") String to,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        return PageView.of(absences.list(teamId, nurseId, instant("from", from), instant("to", to),
                Http.page(page, size, sort)), AbsenceView::of);
    }

    @GET
    @Path("{absenceId}")
    public AbsenceView getAbsence(@PathParam("teamId") long teamId, @PathParam("nurseId") long nurseId,
                                  @PathParam("absenceId") long absenceId) {
        return AbsenceView.of(absences.get(teamId, nurseId, absenceId));
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AbsenceView.class)))
    public Response createAbsence(@PathParam("teamId") long teamId, @PathParam("nurseId") long nurseId,
                                  @NotNull @Valid AbsenceRequest request, @Context UriInfo uri) {
        NurseAbsence absence = absences.create(teamId, nurseId, request.toData());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(absence.id)).build())
                .entity(AbsenceView.of(absence)).build();
    }

    /** Absences entered by mistake are deleted for good (nothing else refers to them). */
    @DELETE
    @Path("{absenceId}")
    @APIResponse(responseCode = "204", description = "deleted")
    public void deleteAbsence(@PathParam("teamId") long teamId, @PathParam("nurseId") long nurseId,
                              @PathParam("absenceId") long absenceId) {
        absences.delete(teamId, nurseId, absenceId);
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be an ISO-8601 date-time with offset");
        }
    }
}
