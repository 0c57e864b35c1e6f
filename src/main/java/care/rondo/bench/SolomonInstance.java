package care.rondo.bench;

import java.util.List;

/**
 * A Solomon VRPTW instance. Node 0 is the depot, whose due time closes every route. Travel time equals the
 * unrounded Euclidean distance; the window bounds the start of service.
 */
public record SolomonInstance(String name, int vehicles, int capacity, List<Node> nodes) {

    /** {@code id} is the customer number as written in the file, which the route lines must repeat. */
    public record Node(int id, double x, double y, int demand, double ready, double due, double service) {
    }

    public Node depot() {
        return nodes.get(0);
    }

    public List<Node> customers() {
        return nodes.subList(1, nodes.size());
    }

    public double distance(Node a, Node b) {
        return Math.hypot(a.x() - b.x(), a.y() - b.y());
    }

    /** The first {@code n} customers only, for fast tests. */
    public SolomonInstance trimmed(int n) {
        return new SolomonInstance(name + "-" + n, vehicles, capacity, List.copyOf(nodes.subList(0, n + 1)));
    }
}
