package care.rondo.bench;

import static org.assertj.core.api.Assertions.assertThat;

import care.rondo.bench.HhcrspInstance.VisitRef;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HhcrspRepairTest {

    @Test
    void insertingEveryVisitIntoEmptyRoutesGivesAStrictlyValidSolution() throws IOException {
        HhcrspInstance inst = HhcrspReader.read(HhcrspEvaluatorTest.DIR.resolve("InstanzCPLEX_HCSRP_10_3.json"));
        List<VisitRef> all = new ArrayList<>();
        for (int p = 0; p < inst.patients().size(); p++) {
            for (int r = 0; r < inst.patients().get(p).required().size(); r++) {
                all.add(new VisitRef(p, r));
            }
        }
        List<List<VisitRef>> empty = new ArrayList<>();
        inst.caregivers().forEach(c -> empty.add(List.of()));
        List<List<VisitRef>> routes = HhcrspRepair.insertAll(inst, empty, all);
        HhcrspSolution timed = HhcrspScheduler.schedule(inst, routes).orElseThrow();
        assertThat(HhcrspChecker.check(inst, timed).violations()).isEmpty();
    }

    @Test
    void bestKnownTablesParseInBothPublishedLayouts() throws IOException {
        var md = BestKnown.parse(java.nio.file.Files.readString(HhcrspEvaluatorTest.DIR.resolve("best-known.md")));
        assertThat(md).containsEntry("InstanzCPLEX_HCSRP_25_3", 399.089).hasSize(9);
        var csv = BestKnown.parse(java.nio.file.Files.readString(
                java.nio.file.Path.of("src/test/resources/bench/solomon/best-known.csv")));
        assertThat(csv).containsEntry("R101", 1650.80).hasSize(4);
        assertThat(BestKnown.gapPct(218.1994, 218.199)).isEqualTo(0.0);
    }
}
