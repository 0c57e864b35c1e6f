package care.rondo.bench;

import care.rondo.bench.HhcrspSolution.Route;
import care.rondo.bench.HhcrspSolution.Stop;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes HHCRSP solution JSON. Reading accepts both key spellings found in the wild
 * ({@code patient}/{@code patient_id}); writing uses the spelling of the published solutions.
 */
public final class HhcrspSolutionIo {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private HhcrspSolutionIo() {
    }

    public static HhcrspSolution read(Path file) throws IOException {
        return parse(MAPPER.readTree(file.toFile()));
    }

    static HhcrspSolution parse(JsonNode root) {
        List<Route> routes = new ArrayList<>();
        for (JsonNode r : root.path("routes")) {
            List<Stop> stops = new ArrayList<>();
            for (JsonNode l : r.path("locations")) {
                stops.add(new Stop(either(l, "patient", "patient_id"), either(l, "service", "service_id"),
                        number(l, "arrival_time"), number(l, "departure_time")));
            }
            routes.add(new Route(r.path("caregiver_id").asText(), List.copyOf(stops)));
        }
        return new HhcrspSolution(List.copyOf(routes));
    }

    public static void write(HhcrspSolution solution, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        MAPPER.writeValue(file.toFile(), toJson(solution));
    }

    static ObjectNode toJson(HhcrspSolution solution) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode routes = root.putArray("routes");
        for (Route r : solution.routes()) {
            ObjectNode route = routes.addObject();
            route.put("caregiver_id", r.caregiverId());
            ArrayNode locations = route.putArray("locations");
            for (Stop s : r.stops()) {
                ObjectNode l = locations.addObject();
                l.put("patient", s.patient());
                l.put("service", s.service());
                l.put("arrival_time", s.start());
                l.put("departure_time", s.end());
            }
        }
        return root;
    }

    private static String either(JsonNode node, String a, String b) {
        JsonNode v = node.has(a) ? node.get(a) : node.get(b);
        if (v == null) {
            throw new IllegalArgumentException("location without '" + a + "'");
        }
        return v.asText();
    }

    private static double number(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isNumber()) {
            throw new IllegalArgumentException("location without numeric '" + field + "'");
        }
        return v.asDouble();
    }
}
