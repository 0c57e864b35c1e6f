package care.rondo.bench;

import care.rondo.bench.HhcrspInstance.Caregiver;
import care.rondo.bench.HhcrspInstance.Patient;
import care.rondo.bench.HhcrspInstance.Requirement;
import care.rondo.bench.HhcrspInstance.Sync;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the iolab-uniud HHCRSP instance JSON strictly: a malformed file fails loudly rather than half-loading. */
public final class HhcrspReader {

    private HhcrspReader() {
    }

    public static HhcrspInstance read(Path file) throws IOException {
        String name = file.getFileName().toString().replaceFirst("\\.json$", "");
        return parse(name, new ObjectMapper().readTree(file.toFile()));
    }

    static HhcrspInstance parse(String name, JsonNode root) {
        Map<String, Double> defaults = new HashMap<>();
        List<String> serviceIds = new ArrayList<>();
        for (JsonNode s : required(root, "services")) {
            String id = text(s, "id");
            serviceIds.add(id);
            defaults.put(id, s.path("default_duration").asDouble(Double.NaN));
        }
        List<Patient> patients = new ArrayList<>();
        for (JsonNode p : required(root, "patients")) {
            patients.add(patient(p, defaults));
        }
        List<Caregiver> caregivers = new ArrayList<>();
        for (JsonNode c : required(root, "caregivers")) {
            List<String> abilities = new ArrayList<>();
            c.path("abilities").forEach(a -> abilities.add(a.asText()));
            caregivers.add(new Caregiver(text(c, "id"), List.copyOf(abilities)));
        }
        JsonNode offices = required(root, "central_offices");
        if (offices.size() != 1) {
            throw new IllegalArgumentException("exactly one central office expected");
        }
        JsonNode m = required(root, "distances");
        int n = patients.size() + 1;
        if (m.size() != n) {
            throw new IllegalArgumentException("distance matrix must be " + n + "x" + n + ", has " + m.size()
                    + " rows");
        }
        double[][] d = new double[n][n];
        for (int i = 0; i < n; i++) {
            if (m.get(i).size() != n) {
                throw new IllegalArgumentException("distance row " + i + " must have " + n + " entries");
            }
            for (int j = 0; j < n; j++) {
                d[i][j] = m.get(i).get(j).asDouble();
            }
        }
        return new HhcrspInstance(name, List.copyOf(patients), List.copyOf(serviceIds), List.copyOf(caregivers), d,
                coordinates(offices.get(0), required(root, "patients")));
    }

    private static double[][] coordinates(JsonNode office, JsonNode patients) {
        double[][] xy = new double[patients.size() + 1][];
        for (int i = 0; i < xy.length; i++) {
            JsonNode loc = (i == 0 ? office : patients.get(i - 1)).get("location");
            if (loc == null || loc.size() != 2) {
                return null;
            }
            xy[i] = new double[] {loc.get(0).asDouble(), loc.get(1).asDouble()};
        }
        return xy;
    }

    private static Patient patient(JsonNode p, Map<String, Double> defaults) {
        JsonNode tw = required(p, "time_window");
        List<Requirement> reqs = new ArrayList<>();
        for (JsonNode r : required(p, "required_caregivers")) {
            String service = text(r, "service");
            double duration = r.has("duration") ? r.get("duration").asDouble()
                    : defaults.getOrDefault(service, Double.NaN);
            if (Double.isNaN(duration)) {
                throw new IllegalArgumentException("no duration for service " + service + " of " + p.path("id"));
            }
            reqs.add(new Requirement(service, duration));
        }
        if (reqs.isEmpty() || reqs.size() > 2) {
            throw new IllegalArgumentException("patient " + p.path("id") + " needs 1 or 2 caregivers");
        }
        Sync sync = null;
        if (reqs.size() == 2) {
            JsonNode s = required(p, "synchronization");
            String type = text(s, "type");
            if (type.equals("simultaneous")) {
                sync = new Sync(true, 0, 0);
            } else if (type.equals("sequential")) {
                JsonNode dist = required(s, "distance");
                sync = new Sync(false, dist.get(0).asDouble(), dist.get(1).asDouble());
            } else {
                throw new IllegalArgumentException("unknown synchronization " + type);
            }
        }
        return new Patient(text(p, "id"), tw.get(0).asDouble(), tw.get(1).asDouble(), List.copyOf(reqs), sync);
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("missing field '" + field + "'");
        }
        return v;
    }

    private static String text(JsonNode node, String field) {
        return required(node, field).asText();
    }
}
