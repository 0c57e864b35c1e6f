package care.rondo.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import care.rondo.bench.HhcrspInstance.VisitRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HhcrspEvaluatorTest {

    static final Path DIR = Path.of("src/test/resources/bench/hhcrsp");

    @ParameterizedTest
    @CsvSource({
        "InstanzCPLEX_HCSRP_10_1, sol-InstanzCPLEX_HCSRP_10_1-3825612719.json",
        "InstanzCPLEX_HCSRP_10_2, sol-InstanzCPLEX_HCSRP_10_2-2371472358.json",
        "InstanzCPLEX_HCSRP_10_3, sol-InstanzCPLEX_HCSRP_10_3-2425726044.json",
        "InstanzCPLEX_HCSRP_10_4, sol-InstanzCPLEX_HCSRP_10_4-3064405152.json",
        "InstanzCPLEX_HCSRP_10_5, sol-InstanzCPLEX_HCSRP_10_5-1152985571.json",
        "InstanzCPLEX_HCSRP_25_1, sol-InstanzCPLEX_HCSRP_25_1-594983811.json",
        "InstanzCPLEX_HCSRP_25_2, sol-InstanzCPLEX_HCSRP_25_2-2541723807.json",
        "InstanzCPLEX_HCSRP_25_3, sol-InstanzCPLEX_HCSRP_25_3-3382999844.json",
        "HHCRSP_25_5_21_1.6_R_RC, sol-HHCRSP_25_5_21_1.6_R_RC-2675782499.json",
    })
    void publishedSolutionsPassTheStrictCheckAndReproduceTheTable(String instance, String solution) throws IOException {
        HhcrspInstance inst = HhcrspReader.read(DIR.resolve(instance + ".json"));
        HhcrspSolution published = HhcrspSolutionIo.read(DIR.resolve(solution));
        double[] row = bestKnownRow(instance); // distance, max tardiness, total tardiness, cost

        HhcrspChecker.Report given = HhcrspChecker.check(inst, published);
        assertThat(given.violations()).isEmpty();
        assertMatches(given.cost(), row);

        var routes = HhcrspScheduler.routesOf(inst, published);
        HhcrspSolution rescheduled = HhcrspScheduler.schedule(inst, routes).orElseThrow();
        HhcrspChecker.Report earliest = HhcrspChecker.check(inst, rescheduled);
        assertThat(earliest.violations()).isEmpty();
        assertMatches(earliest.cost(), row);
        assertThat(HhcrspScheduler.cost(inst, routes)).isCloseTo(earliest.cost().cost(), within(1e-9));
    }

    @Test
    void kummerTenWithoutTableRowMatchesTheFormatNote() throws IOException {
        HhcrspInstance inst = HhcrspReader.read(DIR.resolve("HHCRSP_10_3_88_1.6_C_C.json"));
        HhcrspSolution sol = HhcrspSolutionIo.read(DIR.resolve("sol-HHCRSP_10_3_88_1.6_C_C-2261046484.json"));
        HhcrspSolution timed = HhcrspScheduler.schedule(inst, HhcrspScheduler.routesOf(inst, sol)).orElseThrow();
        HhcrspChecker.Report r = HhcrspChecker.check(inst, timed);
        assertThat(r.violations()).isEmpty();
        assertThat(r.cost().distance()).isCloseTo(92, within(1e-2));
        assertThat(r.cost().totalTardiness()).isCloseTo(115, within(1e-2));
        assertThat(r.cost().maxTardiness()).isCloseTo(54, within(1e-2));
        assertThat(r.cost().cost()).isCloseTo(87, within(1e-2));
    }

    @Test
    void toyOptimalUsesReadmeKeysAndHasDistance334() throws IOException {
        HhcrspInstance inst = HhcrspReader.read(DIR.resolve("toy.json"));
        HhcrspSolution sol = HhcrspSolutionIo.read(DIR.resolve("sol-toy-optimal.json"));
        HhcrspChecker.Report r = HhcrspChecker.check(inst, sol);
        assertThat(r.violations()).isEmpty();
        assertThat(r.cost().distance()).isEqualTo(334);
    }

    @Test
    void crossedSimultaneousPatientsCannotBeTimed() throws IOException {
        HhcrspInstance inst = HhcrspReader.read(DIR.resolve("toy.json"));
        // p4 (index 3) is simultaneous; p5 (index 4) sequential 30..45: crossing them is a positive cycle
        List<List<VisitRef>> routes = List.of(
                List.of(new VisitRef(3, 0), new VisitRef(4, 0)),
                List.of(new VisitRef(4, 1), new VisitRef(3, 1)),
                List.of());
        assertThat(HhcrspScheduler.schedule(inst, routes)).isEmpty();
    }

    @Test
    void checkerRejectsMissingServiceAndEarlyStart() throws IOException {
        HhcrspInstance inst = HhcrspReader.read(DIR.resolve("toy.json"));
        HhcrspSolution sol = HhcrspSolutionIo.read(DIR.resolve("sol-toy-optimal.json"));
        var first = sol.routes().get(2).stops().get(1); // p1 s2 at 240, window opens 240
        var early = new HhcrspSolution.Stop(first.patient(), first.service(), 239, 269);
        var broken = new HhcrspSolution(List.of(sol.routes().get(0), sol.routes().get(1),
                new HhcrspSolution.Route("c3", List.of(early))));
        assertThat(HhcrspChecker.check(inst, broken).violations())
                .anyMatch(v -> v.contains("before its window"))
                .anyMatch(v -> v.contains("not served: p3"));
    }

    static double[] bestKnownRow(String instance) throws IOException {
        for (String line : Files.readAllLines(DIR.resolve("best-known.md"))) {
            String[] cells = line.split("\\|");
            if (cells.length > 5 && cells[1].trim().equals(instance + ".json")) {
                return new double[] {Double.parseDouble(cells[2].trim()), Double.parseDouble(cells[3].trim()),
                    Double.parseDouble(cells[4].trim()), Double.parseDouble(cells[5].trim())};
            }
        }
        throw new IllegalArgumentException("no row for " + instance);
    }

    private static void assertMatches(HhcrspCost cost, double[] row) {
        assertThat(cost.distance()).isCloseTo(row[0], within(1e-2));
        assertThat(cost.maxTardiness()).isCloseTo(row[1], within(1e-2));
        assertThat(cost.totalTardiness()).isCloseTo(row[2], within(1e-2));
        assertThat(cost.cost()).isCloseTo(row[3], within(1e-2));
    }

}
