package care.rondo.rest.error;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.Map;

/**
 * Declares the problem+json error answers on every operation, so that a generated client knows their shape
 * and can deserialize them instead of failing on an undeclared status. Responses an operation already
 * documents keep their description; they only gain the schema.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final Map<String, String> ERRORS = Map.of(
            "400", "Invalid input: the errors list names each field",
            "401", "No or an invalid bearer token",
            "403", "Not allowed for this role",
            "404", "Unknown, or another team's",
            "409", "Conflict: stale version, or not possible in the current state",
            "500", "Unexpected error (no internals are revealed)");

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        for (Map.Entry<String, String> error : ERRORS.entrySet()) {
            var response = responses.getAPIResponse(error.getKey());
            if (response == null) {
                responses.addAPIResponse(error.getKey(),
                        OASFactory.createAPIResponse().description(error.getValue()).content(problem()));
            } else if (response.getContent() == null) {
                response.setContent(problem());
            }
        }
        return operation;
    }

    private static Content problem() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem")));
    }
}
