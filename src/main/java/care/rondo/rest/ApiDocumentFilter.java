package care.rondo.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Polishes the generated document for client generators and linters: a description for every tag, no security
 * on the public operations, API names instead of Java ones (no {@code PageViewNurseView}, no {@code Kind1}),
 * no {@code java.time} classes as schemas, and the conditional-request headers where they work.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ApiDocumentFilter implements OASFilter {

    /**
     * Operations anyone may call: the sign-in itself, its hints, the calendar feed and the client view (their URL is
     * the secret). {@link care.rondo.rest.error.ProblemResponsesFilter} reads it too: no 401/403 for lack of a token.
     */
    public static final Set<String> PUBLIC_OPERATIONS = Set.of("issueToken", "getSignInHints", "getCalendarFeed",
            "getClientView", "requestVisitCancellation", "getClientViewWishes", "updateClientViewWishes");

    private static final Map<String, String> TAGS = Map.ofEntries(
            Map.entry("Absences", "A nurse's leave, sickness and training, as the team records it"),
            Map.entry("Accounts", "Built-in sign-in accounts (admins only)"),
            Map.entry("Authentication", "Sign in for a bearer token; what the sign-in page may show"),
            Map.entry("Calendar feeds", "The secret iCalendar subscription URL calendar apps poll"),
            Map.entry("Client view", "What a client or her relative sees through a secret link, and the team's "
                    + "side of it"),
            Map.entry("Care plans", "What a client needs: visits per week, windows, skills, level"),
            Map.entry("Choices", "The fixed choices of the team's forms, each value with its label"),
            Map.entry("Clients", "The team's clients, their address and preferences"),
            Map.entry("Constraint weights", "The team's soft-constraint weights"),
            Map.entry("Events", "The team's history, oldest first, for polling clients"),
            Map.entry("Exports", "Accepted rosters as CSV, iCalendar, XLSX and PDF day lists"),
            Map.entry("Me (nurse)", "The signed-in nurse's own day: visits, check-in/out, absences, calendar"),
            Map.entry("Nurses", "The team's nurses, their skills, contract and availability"),
            Map.entry("Roster analysis", "Board, KPIs, readiness and explanations of a roster"),
            Map.entry("Roster review", "Overrides, what-if previews, acceptance, re-plans, diff and history"),
            Map.entry("Rosters", "A team's weekly rosters and their visits"),
            Map.entry("Solving", "Start, watch and stop the solver on a roster"),
            Map.entry("Teams", "Self-managing teams and their time zones"));

    /** Schemas the scanner names after Java enums nested in several classes. Keyed by one of their values. */
    private static final Map<String, String> ENUM_NAMES = Map.of(
            "MOVE", "OverrideKind",
            "MOVED_TO_OTHER_NURSE", "ChangeKind");

    /** java.time classes become inline string formats: they are not part of the API's vocabulary. */
    private static final Set<String> INLINED = Set.of("Instant", "LocalDate", "LocalTime", "OffsetDateTime",
            "ZonedDateTime", "LocalDateTime", "Duration");

    private static final String REF = "#/components/schemas/";

    /**
     * Jackson writes every component of a response record, null or not, so each property of a response schema is
     * always present (required); these are the ones whose value may be null. Kept here rather than on the records
     * so that the API's null contract reads in one place. ResponseContractTest holds real responses to it.
     */
    private static final Map<String, Set<String>> NULLABLE = Map.ofEntries(
            Map.entry("Absence", Set.of("note")),
            Map.entry("Account", Set.of("teamId", "nurseId")),
            Map.entry("BoardVisit", Set.of("linkKind", "linkLabel", "linkedVisitId", "nurseId", "plannedStart", "plannedEnd",
                    "routeIndex", "travelMinutesBefore", "pinReason")),
            Map.entry("CarePlan", Set.of("description", "followUp", "validFrom", "validUntil")),
            Map.entry("Change", Set.of("fromNurseId", "toNurseId", "fromStart", "toStart")),
            Map.entry("Client", Set.of("notes")),
            Map.entry("ClientWishes", Set.of("ownWords")),
            Map.entry("ClientLink", Set.of("relativeName")),
            Map.entry("ClientLinkState", Set.of("relativeName", "lastOpenedAt")),
            Map.entry("ClientVisits", Set.of("relativeName")),
            Map.entry("ClientVisit", Set.of("cancellation")),
            Map.entry("ClientViewWishes", Set.of("ownWords")),
            Map.entry("ClientViewCarePlan", Set.of("name")),
            Map.entry("SubjectAccessExport", Set.of("wishes")),
            Map.entry("ExportedVisit", Set.of("isoWeek", "rosterStatus", "plannedStart", "plannedEnd",
                    "nurseFirstName", "cancelReason")),
            Map.entry("ExportedLink", Set.of("relativeName", "revokedAt")),
            Map.entry("CancellationRequest", Set.of("plannedStart", "decidedAt", "decidedBy")),
            Map.entry("TimeWish", Set.of("weekday", "notBefore", "notAfter")),
            Map.entry("Lane", Set.of()),
            Map.entry("Roster", Set.of("bestScore", "feasible", "basedOnRosterId", "acceptedVersion")),
            Map.entry("RosterBoard", Set.of("acceptedVersion", "basedOnRosterId", "score")),
            Map.entry("RosterDiff", Set.of("basedOnRosterId")),
            Map.entry("RosterEvent", Set.of("rosterId", "visitId")),
            Map.entry("RosterKpis", Set.of("score")),
            Map.entry("Shift", Set.of("travelMinutes")),
            Map.entry("SignInHints", Set.of("demoUsername", "demoPassword")),
            Map.entry("SolveStatus", Set.of("bestScore", "feasible", "requestedAt", "startedAt", "deadline",
                    "endedAt", "bestScoreAt", "error", "instance", "queuePosition")),
            Map.entry("LegProperties", Set.of("fromVisitId", "toVisitId")),
            Map.entry("Summary", Set.of("score")),
            Map.entry("Team", Set.of("neighbourhood")),
            Map.entry("Token", Set.of("teamId")),
            Map.entry("UnassignedVisit", Set.of("reason")),
            Map.entry("Visit", Set.of("carePlanId", "linkKind", "linkedVisitId", "nurseId", "plannedStart",
                    "plannedEnd", "routeIndex")));

    /** String properties whose values are a fixed set: generated clients get an enum instead of a string. */
    private static final Map<String, List<String>> FIXED_VALUES = Map.of(
            "Lane.travelMode", java.util.Arrays.stream(care.rondo.domain.TravelMode.values()).map(Enum::name).toList(),
            "Token.role", java.util.Arrays.stream(care.rondo.domain.Role.values()).map(care.rondo.domain.Role::group)
                    .toList(),
            "Token.tokenType", List.of("Bearer"));

    /** Problem leaves out what it does not know (JsonInclude NON_NULL): its own required list stands. */
    private static final Set<String> SPARSE = Set.of("Problem", "FieldProblem");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        describeTags(openAPI);
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Map<String, String> renames = renames(schemas);
        Map<String, Schema> inlined = new TreeMap<>();
        INLINED.forEach(name -> {
            if (schemas.containsKey(name)) {
                inlined.put(name, schemas.get(name));
            }
        });
        Consumer<Schema> fix = schema -> {
            String ref = schema.getRef();
            if (ref == null || !ref.startsWith(REF)) {
                return;
            }
            String name = ref.substring(REF.length());
            if (inlined.containsKey(name)) {
                Schema inline = inlined.get(name);
                schema.setRef(null);
                schema.setType(inline.getType());
                schema.setFormat(inline.getFormat());
                if ("local-time".equals(inline.getFormat())) {
                    schema.setFormat(null);
                    schema.setPattern("^\\d{2}:\\d{2}(:\\d{2})?$");
                }
            } else if (renames.containsKey(name)) {
                schema.setRef(REF + renames.get(name));
            }
        };
        walk(openAPI, fix);
        Map<String, Schema> renamed = new TreeMap<>();
        schemas.forEach((name, schema) -> {
            if (!inlined.containsKey(name)) {
                renamed.put(renames.getOrDefault(name, name), schema);
            }
        });
        renamed.forEach((name, schema) -> {
            if (name.endsWith("Page")) {
                List.of("items", "page", "size", "totalItems", "totalPages").forEach(field -> {
                    if (schema.getRequired() == null || !schema.getRequired().contains(field)) {
                        schema.addRequired(field);
                    }
                });
            }
        });
        openAPI.getComponents().setSchemas(renamed);
        declareResponseFields(openAPI, renamed);
    }

    /** Every response schema: all properties required, null only where {@link #NULLABLE} says, fixed values as enums. */
    private static void declareResponseFields(OpenAPI openAPI, Map<String, Schema> schemas) {
        Set<String> responses = new java.util.TreeSet<>();
        java.util.Deque<String> todo = new java.util.ArrayDeque<>();
        walkResponses(openAPI, schema -> {
            if (schema.getRef() != null && schema.getRef().startsWith(REF)) {
                todo.add(schema.getRef().substring(REF.length()));
            }
        });
        while (!todo.isEmpty()) {
            String name = todo.poll();
            if (!responses.add(name) || !schemas.containsKey(name)) {
                continue;
            }
            walk(schemas.get(name), s -> {
                if (s.getRef() != null && s.getRef().startsWith(REF)) {
                    todo.add(s.getRef().substring(REF.length()));
                }
            });
        }
        for (String name : responses) {
            Schema schema = schemas.get(name);
            if (schema == null || schema.getProperties() == null || SPARSE.contains(name)) {
                continue;
            }
            Set<String> nullable = NULLABLE.getOrDefault(name, Set.of());
            schema.getProperties().forEach((property, value) -> {
                if (schema.getRequired() == null || !schema.getRequired().contains(property)) {
                    schema.addRequired(property);
                }
                List<String> values = FIXED_VALUES.get(name + "." + property);
                if (values != null) {
                    value.setEnumeration(new ArrayList<>(values));
                }
                if (nullable.contains(property)) {
                    allowNull(schema, property, value);
                }
            });
        }
    }

    /** type [x, "null"]; a reference cannot carry a type beside it, so it becomes anyOf [ref, null]. */
    private static void allowNull(Schema owner, String property, Schema value) {
        if (value.getRef() != null) {
            Schema ref = OASFactory.createSchema().ref(value.getRef());
            Schema either = OASFactory.createSchema().description(value.getDescription())
                    .addAnyOf(ref).addAnyOf(OASFactory.createSchema().addType(Schema.SchemaType.NULL));
            owner.addProperty(property, either);
        } else if (value.getType() != null && !value.getType().contains(Schema.SchemaType.NULL)) {
            value.addType(Schema.SchemaType.NULL);
        }
    }

    private static void walkResponses(OpenAPI openAPI, Consumer<Schema> visitor) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                op.getResponses().getAPIResponses().forEach((code, response) -> {
                    if (code.startsWith("2")) {
                        walk(response.getContent(), visitor);
                    }
                });
            }
        }));
    }

    @Override
    public Operation filterOperation(Operation operation) {
        if (PUBLIC_OPERATIONS.contains(operation.getOperationId())) {
            operation.setSecurity(new ArrayList<>());
        }
        return operation;
    }

    @Override
    public PathItem filterPathItem(PathItem item) {
        Operation get = item.getGET();
        Operation put = item.getPUT();
        boolean versioned = put != null && put.getParameters() != null && put.getParameters().stream()
                .anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()));
        if (versioned) {
            describeIfMatch(put);
            if (item.getDELETE() != null) {
                describeIfMatch(item.getDELETE());
            }
            etagOn(put);
            if (get != null) {
                etagOn(get);
            }
        }
        for (Operation operation : item.getOperations().values()) {
            if (operation.getResponses() != null && operation.getResponses().getAPIResponse("304") != null) {
                etagOn(operation);
                operation.addParameter(OASFactory.createParameter().name("If-None-Match").in(Parameter.In.HEADER)
                        .description("the ETag of the copy the client holds: 304 while it is still current "
                                + "(weak tags, W/\"...\", compare equal)")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
            }
        }
        return item;
    }

    private static void describeIfMatch(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        operation.getParameters().stream().filter(p -> "If-Match".equalsIgnoreCase(p.getName()))
                .forEach(p -> p.setDescription("the ETag of the version read (e.g. \"3\"): 409 with the current "
                        + "state when someone changed it since"));
    }

    private static void etagOn(Operation operation) {
        if (operation.getResponses() == null) {
            return;
        }
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        if (ok != null && (ok.getHeaders() == null || !ok.getHeaders().containsKey("ETag"))) {
            ok.addHeader("ETag", OASFactory.createHeader()
                    .description("the version of this representation, for If-Match and If-None-Match")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        }
    }

    private static void describeTags(OpenAPI openAPI) {
        if (openAPI.getTags() == null) {
            return;
        }
        openAPI.getTags().forEach(tag -> {
            if (tag.getDescription() == null) {
                tag.setDescription(TAGS.get(tag.getName()));
            }
        });
    }

    /** Page schemas after their items ({@code PageViewNurseView} → {@code NursePage}); enums after their values. */
    private static Map<String, String> renames(Map<String, Schema> schemas) {
        Map<String, String> renames = new LinkedHashMap<>();
        schemas.forEach((name, schema) -> {
            if (name.startsWith("PageView") && schema.getProperties() != null
                    && schema.getProperties().get("items") != null
                    && schema.getProperties().get("items").getItems() != null
                    && schema.getProperties().get("items").getItems().getRef() != null) {
                String items = schema.getProperties().get("items").getItems().getRef().substring(REF.length());
                renames.put(name, items + "Page");
            }
            if (schema.getEnumeration() != null) {
                schema.getEnumeration().stream().map(String::valueOf).filter(ENUM_NAMES::containsKey).findFirst()
                        .ifPresent(value -> renames.put(name, ENUM_NAMES.get(value)));
            }
        });
        return renames;
    }

    /** Visits every schema of the document, however deeply nested. */
    private static void walk(OpenAPI openAPI, Consumer<Schema> visitor) {
        openAPI.getComponents().getSchemas().values().forEach(s -> walk(s, visitor));
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> {
            walkParameters(item.getParameters(), visitor);
            item.getOperations().values().forEach(operation -> {
                walkParameters(operation.getParameters(), visitor);
                if (operation.getRequestBody() != null) {
                    walk(operation.getRequestBody().getContent(), visitor);
                }
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    operation.getResponses().getAPIResponses().values().forEach(response -> {
                        walk(response.getContent(), visitor);
                        if (response.getHeaders() != null) {
                            response.getHeaders().values().forEach(h -> walk(h.getSchema(), visitor));
                        }
                    });
                }
            });
        });
    }

    private static void walkParameters(List<Parameter> parameters, Consumer<Schema> visitor) {
        if (parameters != null) {
            parameters.forEach(p -> walk(p.getSchema(), visitor));
        }
    }

    private static void walk(Content content, Consumer<Schema> visitor) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(m -> walk(m.getSchema(), visitor));
        }
    }

    private static void walk(Schema schema, Consumer<Schema> visitor) {
        if (schema == null) {
            return;
        }
        visitor.accept(schema);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(s -> walk(s, visitor));
        }
        walk(schema.getItems(), visitor);
        walk(schema.getAdditionalPropertiesSchema(), visitor);
        for (List<Schema> group : new List[] {schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()}) {
            if (group != null) {
                group.forEach(s -> walk(s, visitor));
            }
        }
    }
}
