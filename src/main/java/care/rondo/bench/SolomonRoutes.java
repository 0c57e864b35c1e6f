package care.rondo.bench;

import care.rondo.bench.SolomonInstance.Node;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Solomon routes as customer numbers (as in the file), their CVRPLIB-style text form, and a checker that recomputes
 * distance, capacity and time windows the way the VRPTW benchmark defines them (arrive early and wait).
 */
public final class SolomonRoutes {

    static final double TOL = 1e-6;

    public record Report(List<String> violations, int vehicles, int served, double distance) {
        public boolean feasible() {
            return violations.isEmpty();
        }
    }

    private SolomonRoutes() {
    }

    /** Empty routes are left out: a Solomon solution lists used vehicles only. */
    public static String format(List<List<Integer>> routes, double cost) {
        StringBuilder sb = new StringBuilder();
        int k = 1;
        for (List<Integer> r : routes) {
            if (r.isEmpty()) {
                continue;
            }
            sb.append("Route #").append(k++).append(':');
            r.forEach(c -> sb.append(' ').append(c));
            sb.append('\n');
        }
        sb.append(String.format(Locale.ROOT, "Cost %.2f%n", cost));
        return sb.toString();
    }

    public static void write(List<List<Integer>> routes, double cost, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, format(routes, cost));
    }

    public static List<List<Integer>> parse(List<String> lines) {
        List<List<Integer>> routes = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("Route #")) {
                List<Integer> r = new ArrayList<>();
                String body = line.substring(line.indexOf(':') + 1).trim();
                if (!body.isEmpty()) {
                    for (String t : body.split("\\s+")) {
                        r.add(Integer.parseInt(t));
                    }
                }
                routes.add(r);
            }
        }
        return routes;
    }

    public static Report check(SolomonInstance inst, List<List<Integer>> routes) {
        List<String> bad = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        double distance = 0;
        int used = 0;
        Node depot = inst.depot();
        for (List<Integer> r : routes) {
            if (r.isEmpty()) {
                continue;
            }
            used++;
            Node prev = depot;
            double time = 0;
            int load = 0;
            for (int id : r) {
                Node n = node(inst, id);
                if (n == null || n == depot) {
                    bad.add("unknown customer " + id);
                    continue;
                }
                if (!seen.add(id)) {
                    bad.add("customer served twice: " + id);
                }
                double d = inst.distance(prev, n);
                distance += d;
                time = Math.max(time + d, n.ready());
                if (time > n.due() + TOL) {
                    bad.add("customer " + id + " starts at " + time + " after due " + n.due());
                }
                time += n.service();
                load += n.demand();
                prev = n;
            }
            double back = inst.distance(prev, depot);
            distance += back;
            if (time + back > depot.due() + TOL) {
                bad.add("route " + r + " returns after the depot closes");
            }
            if (load > inst.capacity()) {
                bad.add("route " + r + " load " + load + " exceeds capacity " + inst.capacity());
            }
        }
        int customers = inst.customers().size();
        if (seen.size() < customers) {
            bad.add((customers - seen.size()) + " customers not served");
        }
        return new Report(List.copyOf(bad), used, seen.size(), distance);
    }

    private static Node node(SolomonInstance inst, int id) {
        for (Node n : inst.nodes()) {
            if (n.id() == id) {
                return n;
            }
        }
        return null;
    }
}
