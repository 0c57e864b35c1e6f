package care.rondo.rest.error;

import care.rondo.service.ConflictException;
import care.rondo.service.InvalidInputException;
import care.rondo.service.NotFoundException;
import care.rondo.service.NotPermittedException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns every exception into problem+json. Messages never echo submitted values (they may be personal data)
 * and a 500 never carries exception internals.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    CurrentStateViews views;

    @Inject
    StaleWrites staleWrites;

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        List<Problem.FieldProblem> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldProblem(fieldPath(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldProblem::field))
                .toList();
        return badRequest("Invalid request", errors);
    }

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e) {
        return badRequest("Invalid request", e.errors().stream()
                .map(err -> new Problem.FieldProblem(err.field(), err.message())).toList());
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e) {
        String expected = e.getTargetType() == null ? "another value" : describe(e.getTargetType());
        return badRequest("Invalid request", List.of(new Problem.FieldProblem(jsonPath(e), "must be " + expected)));
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        if (e.getOriginalMessage() != null && e.getOriginalMessage().contains("end-of-input")) {
            return badRequest("Malformed JSON", List.of(new Problem.FieldProblem("body", "is incomplete JSON")));
        }
        String expected = e.getTargetType() == null ? "of another type" : describe(e.getTargetType());
        return badRequest("Invalid request", List.of(new Problem.FieldProblem(jsonPath(e), "must be " + expected)));
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e) {
        if (e.getCause() instanceof JsonParseException parse) {
            // Broken JSON inside an array or object arrives wrapped with the path where parsing stopped.
            return malformedJson(parse);
        }
        return badRequest("Invalid request", List.of(new Problem.FieldProblem(jsonPath(e), "is not valid here")));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e) {
        return badRequest("Malformed JSON", List.of(new Problem.FieldProblem("body",
                "is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ")")));
    }

    @ServerExceptionMapper
    public Response otherJson(JsonProcessingException e) {
        return badRequest("Malformed JSON", List.of(new Problem.FieldProblem("body", "is not valid JSON")));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return problem(Problem.of(404, "Not found", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e) {
        Object current = views.toView(e.current());
        return problem(new Problem("about:blank", "Conflict", 409, e.getMessage(), null, null, current));
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e) {
        return Response.status(401).type(Problem.MEDIA_TYPE).header("WWW-Authenticate", "Bearer")
                .entity(Problem.of(401, "Unauthorized", "Sign in and send a bearer token")).build();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthenticated(new UnauthorizedException());
    }

    @ServerExceptionMapper
    public Response signInDisabled(care.rondo.security.TokenIssuer.SignInDisabledException e) {
        return problem(Problem.of(501, "Not Implemented", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response throttled(care.rondo.security.SignInThrottle.ThrottledException e) {
        long seconds = Math.max(1, (e.retryAfter().toMillis() + 999) / 1000);
        return Response.status(429).type(Problem.MEDIA_TYPE).header("Retry-After", seconds)
                .entity(Problem.of(429, "Too Many Requests", e.getMessage())).build();
    }

    @ServerExceptionMapper
    public Response notPermitted(NotPermittedException e) {
        return problem(Problem.of(403, "Forbidden", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e) {
        return problem(Problem.of(403, "Forbidden", "Your role may not do this"));
    }

    /** A lost race: the 409 carries the current state to retry from, as a stale version's does. */
    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response staleWrite(RuntimeException e) {
        Object current;
        try {
            current = staleWrites.current(e);
        } catch (RuntimeException unreadable) {
            LOG.warn("Could not read the current state after a lost race", unreadable);
            current = null;
        }
        return problem(new Problem("about:blank", "Conflict", 409,
                "Someone else changed this at the same time; retry from the current state", null, null, current));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, ResourceInfo resource) {
        int status = e.getResponse().getStatus();
        if (status == 404 && e.getCause() != null && resource != null && resource.getResourceMethod() != null) {
            // JAX-RS answers a query parameter it cannot convert ("?page=abc") with 404; it is a bad request, and
            // every such parameter is named
            List<Problem.FieldProblem> notNumbers = notNumbers(resource.getResourceMethod(), uri);
            if (!notNumbers.isEmpty()) {
                return badRequest("Invalid request", notNumbers);
            }
        }
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            return fromJson(json);
        }
        if (status == 400 && e.getCause() == null && e.getMessage() != null && e.getMessage().startsWith("HTTP 400")) {
            // Quarkus REST reports an unreadable body this way, without keeping the parser's error.
            return badRequest("Malformed JSON", List.of(new Problem.FieldProblem("body", "is not valid JSON")));
        }
        if (status >= 500) {
            LOG.error("Request failed", e);
            return problem(Problem.of(500, "Internal error", "The server could not complete the request"));
        }
        String title = Response.Status.fromStatusCode(status) == null
                ? "Error" : Response.Status.fromStatusCode(status).getReasonPhrase();
        Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(status, title, e.getMessage()));
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return builder.build();
    }

    /** The numeric query parameters of {@code method} whose value in the request is not a whole number. */
    static List<Problem.FieldProblem> notNumbers(Method method, UriInfo uri) {
        List<Problem.FieldProblem> errors = new java.util.ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            Class<?> type = parameter.getType();
            boolean whole = type == Integer.class || type == int.class || type == Long.class || type == long.class;
            String value = query == null ? null : uri.getQueryParameters().getFirst(query.value());
            if (!whole || value == null || value.isBlank()) {
                continue;
            }
            try {
                if (type == Integer.class || type == int.class) {
                    Integer.parseInt(value.trim());
                } else {
                    Long.parseLong(value.trim());
                }
            } catch (NumberFormatException notANumber) {
                errors.add(new Problem.FieldProblem(query.value(), "must be a whole number"));
            }
        }
        errors.sort(Comparator.comparing(Problem.FieldProblem::field));
        return errors;
    }

    private Response fromJson(JsonProcessingException e) {
        if (e instanceof InvalidFormatException invalid) {
            return invalidFormat(invalid);
        }
        if (e instanceof MismatchedInputException mismatched) {
            return mismatchedInput(mismatched);
        }
        if (e instanceof JsonParseException parse) {
            return malformedJson(parse);
        }
        if (e instanceof JsonMappingException mapping) {
            return jsonMapping(mapping);
        }
        return otherJson(e);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        Optional<RuntimeException> lostRace = StaleWrites.find(e); // a lost race wrapped by a commit
        if (lostRace.isPresent()) {
            return staleWrite(lostRace.get());
        }
        LOG.error("Unexpected failure", e);
        return problem(Problem.of(500, "Internal error", "The server could not complete the request"));
    }

    static Response badRequest(String title, List<Problem.FieldProblem> errors) {
        String detail = errors.stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; "));
        return problem(new Problem("about:blank", title, 400, detail, null, errors, null));
    }

    static Response problem(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** "create.request.windows[0].to" becomes "windows[0].to": the client's view of the field. */
    static String fieldPath(ConstraintViolation<?> violation) {
        StringBuilder path = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.CROSS_PARAMETER || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getIndex() != null) {
                path.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                path.append('[').append(node.getKey()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(node.getName());
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.getPackageName().startsWith("java.time")) {
            return "an ISO-8601 " + type.getSimpleName();
        }
        if (List.class.isAssignableFrom(type) || type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return type == String.class ? "a string" : "an object";
    }
}
