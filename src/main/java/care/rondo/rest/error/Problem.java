package care.rondo.rest.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The one error shape of the API: RFC 9457 problem details, with the invalid fields named. */
@Schema(name = "Problem", description = "RFC 9457 problem details")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        @Schema(description = "one entry per invalid field (400 only)") List<FieldProblem> errors,
        @Schema(description = "the current state of the resource (409 on a stale version)") Object current) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(name = "FieldProblem")
    public record FieldProblem(String field, String message) {
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null, null, null);
    }
}
