package care.rondo.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SolomonRoutesTest {

    static final Path R101 = Path.of("src/test/resources/bench/solomon/R101.txt");

    @Test
    void readsR101() throws IOException {
        SolomonInstance inst = SolomonReader.read(R101);
        assertThat(inst.name()).isEqualTo("R101");
        assertThat(inst.vehicles()).isEqualTo(25);
        assertThat(inst.capacity()).isEqualTo(200);
        assertThat(inst.customers()).hasSize(100);
        assertThat(inst.depot().due()).isEqualTo(230);
        assertThat(inst.customers().get(0)).isEqualTo(new SolomonInstance.Node(1, 41, 49, 10, 161, 171, 10));
    }

    @Test
    void oneCustomerPerRouteIsFeasibleWithItsExactDistance() throws IOException {
        SolomonInstance inst = SolomonReader.read(R101);
        List<List<Integer>> routes = new ArrayList<>();
        double expected = 0;
        for (var c : inst.customers()) {
            routes.add(List.of(c.id()));
            expected += 2 * inst.distance(inst.depot(), c);
        }
        SolomonRoutes.Report r = SolomonRoutes.check(inst, routes);
        assertThat(r.violations()).isEmpty();
        assertThat(r.served()).isEqualTo(100);
        assertThat(r.distance()).isCloseTo(expected, within(1e-9));
    }

    @Test
    void checkerCatchesCapacityWindowsAndMissingCustomers() throws IOException {
        SolomonInstance inst = SolomonReader.read(R101);
        List<Integer> all = inst.customers().stream().map(SolomonInstance.Node::id).toList();
        assertThat(SolomonRoutes.check(inst, List.of(all)).violations())
                .anyMatch(v -> v.contains("exceeds capacity"))
                .anyMatch(v -> v.contains("after due"));
        assertThat(SolomonRoutes.check(inst, List.of(List.of(1))).violations())
                .anyMatch(v -> v.contains("99 customers not served"));
    }

    @Test
    void routeLinesRoundTrip() {
        List<List<Integer>> routes = List.of(List.of(5, 3, 7), List.of(), List.of(8));
        String text = SolomonRoutes.format(routes, 1650.8);
        assertThat(text).isEqualTo("Route #1: 5 3 7\nRoute #2: 8\nCost 1650.80\n");
        assertThat(SolomonRoutes.parse(text.lines().toList())).containsExactly(List.of(5, 3, 7), List.of(8));
    }
}
