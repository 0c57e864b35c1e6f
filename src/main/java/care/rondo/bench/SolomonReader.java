package care.rondo.bench;

import care.rondo.bench.SolomonInstance.Node;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the classic Solomon text layout (name, VEHICLE NUMBER CAPACITY, CUSTOMER rows of 7 numbers). */
public final class SolomonReader {

    private SolomonReader() {
    }

    public static SolomonInstance read(Path file) throws IOException {
        return parse(Files.readAllLines(file));
    }

    static SolomonInstance parse(List<String> lines) {
        String name = null;
        int vehicles = -1;
        int capacity = -1;
        List<Node> nodes = new ArrayList<>();
        boolean afterVehicle = false;
        for (String raw : lines) {
            String line = raw.trim();
            if (line.isEmpty()) {
                continue;
            }
            if (name == null) {
                name = line;
                continue;
            }
            String[] t = line.split("\\s+");
            if (line.startsWith("VEHICLE")) {
                afterVehicle = true;
            } else if (afterVehicle && vehicles < 0 && t.length == 2 && isNumber(t[0])) {
                vehicles = Integer.parseInt(t[0]);
                capacity = Integer.parseInt(t[1]);
            } else if (t.length == 7 && isNumber(t[0])) {
                nodes.add(new Node(Integer.parseInt(t[0]), Double.parseDouble(t[1]), Double.parseDouble(t[2]),
                        (int) Double.parseDouble(t[3]), Double.parseDouble(t[4]), Double.parseDouble(t[5]),
                        Double.parseDouble(t[6])));
            }
        }
        if (vehicles < 0 || nodes.size() < 2) {
            throw new IllegalArgumentException("not a Solomon instance: no vehicle line or no customers");
        }
        return new SolomonInstance(name, vehicles, capacity, List.copyOf(nodes));
    }

    private static boolean isNumber(String s) {
        return s.matches("-?\\d+(\\.\\d+)?");
    }
}
