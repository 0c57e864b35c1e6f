package care.rondo.rest.error;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Declares the problem+json error answers each operation can really give, so that a generated client knows their
 * shape and can deserialize them instead of failing on an undeclared status, without listing errors that never
 * come (a linter and a client developer both read "can answer 409" as a promise). Responses an operation already
 * documents keep their description; they only gain the schema.
 */
public class ProblemResponsesFilter implements OASFilter {

    /**
     * Operations anyone may call (no bearer token): no 401/403 for lack of one. The client view's were missing here,
     * so the document promised a 401 they never give; its 403 (changes not allowed on the link) is declared where
     * it is given.
     */
    private static final Set<String> PUBLIC = care.rondo.rest.ApiDocumentFilter.PUBLIC_OPERATIONS;

    /** Reads only some roles may make: accounts (admins), the nurse's own API (members), cross-team exports. */
    private static final Set<String> ROLE_READS = Set.of("/api/accounts", "/api/me", "/api/exports");

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "400", "Invalid input: the errors list names each field",
            "401", "No or an invalid bearer token",
            "403", "Not allowed for this role",
            "404", "Unknown, or another team's",
            "409", "Conflict: stale version, or not possible in the current state",
            "500", "Unexpected error (no internals are revealed)");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> declare(path, method, operation)));
    }

    private static void declare(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean isPublic = PUBLIC.contains(operation.getOperationId());
        boolean read = method == PathItem.HttpMethod.GET || method == PathItem.HttpMethod.HEAD;
        Map<String, Boolean> applies = new LinkedHashMap<>();
        applies.put("400", operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty()));
        applies.put("401", !isPublic || "issueToken".equals(operation.getOperationId()));
        applies.put("403", !isPublic && (!read || ROLE_READS.stream().anyMatch(path::startsWith)));
        applies.put("404", path.contains("{") || path.startsWith("/api/me"));
        applies.put("409", !read && !isPublic);
        applies.put("500", true);
        if (applies.entrySet().stream().noneMatch(e -> e.getValue() && e.getKey().startsWith("4"))
                && responses.getAPIResponses().keySet().stream().noneMatch(code -> code.startsWith("4"))) {
            // a public read without parameters can still refuse an Accept header it cannot serve
            responses.addAPIResponse("406", OASFactory.createAPIResponse()
                    .description("The Accept header names no type this operation produces"));
        }
        for (Map.Entry<String, Boolean> error : applies.entrySet()) {
            var response = responses.getAPIResponse(error.getKey());
            if (response == null && error.getValue()) {
                responses.addAPIResponse(error.getKey(), OASFactory.createAPIResponse()
                        .description(DESCRIPTIONS.get(error.getKey())).content(problem()));
            } else if (response != null && response.getContent() == null) {
                response.setContent(problem());
            }
        }
    }

    private static Content problem() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem")));
    }
}
