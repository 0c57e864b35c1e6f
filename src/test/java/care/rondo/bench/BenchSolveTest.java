package care.rondo.bench;

import static org.assertj.core.api.Assertions.assertThat;

import care.rondo.testing.Slow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Short solves through the real CLI entry. The solve stops after a fixed number of score calculations (reproducible,
 * and unlike a step limit it also ends a stalled local search), with a generous wall-clock cap that only a badly
 * overloaded machine would reach.
 */
@Slow
class BenchSolveTest {

    @TempDir
    Path tmp;

    @Test
    void toyInstanceGivesAStrictlyValidSolutionFile() throws IOException {
        List<String> out = hhcrsp("toy", "toy.json");
        assertThat(out.get(out.size() - 1)).startsWith("RESULT instance=toy ").contains("feasible=true");
    }

    @Test
    void mankowskaTenPatientsGivesAStrictlyValidSolutionFileAndReportsTheGap() throws IOException {
        List<String> out = hhcrsp("InstanzCPLEX_HCSRP_10_1", "InstanzCPLEX_HCSRP_10_1.json");
        assertThat(out.get(out.size() - 1)).contains("best_known=218.199", "gap_pct=", "feasible=true");
    }

    /** Reaching it needs a double-handed pair moved in one step: moving one half alone breaks a hard rule. */
    @Test
    void mankowskaTenFourReachesTheBestKnownCost() throws IOException {
        List<String> out = hhcrsp("InstanzCPLEX_HCSRP_10_4", "InstanzCPLEX_HCSRP_10_4.json");
        assertThat(out.get(out.size() - 1)).contains("best_known=186.897", "gap_pct=0.00", "feasible=true");
    }

    @Test
    void solomonTrimmedR101ServesEveryCustomerWithinCapacityAndWindows() throws IOException {
        SolomonInstance full = SolomonReader.read(SolomonRoutesTest.R101);
        Path trimmed = tmp.resolve("R101-25.txt");
        Files.write(trimmed, SolomonText.of(full.trimmed(25)));
        Path sol = tmp.resolve("R101-25.sol");
        List<String> out = bench("solomon", trimmed.toString(), "--nurses", "9", "--seconds", "120",
                "--evaluations", "60000", "--out", sol.toString());
        SolomonInstance inst = SolomonReader.read(trimmed);
        SolomonRoutes.Report report = SolomonRoutes.check(inst, SolomonRoutes.parse(Files.readAllLines(sol)));
        assertThat(report.violations()).isEmpty();
        assertThat(report.served()).isEqualTo(25);
        assertThat(report.vehicles()).isLessThanOrEqualTo(9);
        assertThat(out.get(out.size() - 1)).startsWith("RESULT instance=R101-25 ").contains("served=25/25");
    }

    /** The extra one-customer routes keep the file valid, but the fleet asked for was not enough. */
    @Test
    void solomonCustomersLeftOutsideTheFleetMakeTheResultInfeasible() throws IOException {
        SolomonInstance full = SolomonReader.read(SolomonRoutesTest.R101);
        Path trimmed = tmp.resolve("R101-25.txt");
        Files.write(trimmed, SolomonText.of(full.trimmed(25)));
        Path sol = tmp.resolve("R101-25.sol");
        List<String> out = bench(1, "solomon", trimmed.toString(), "--nurses", "1", "--seconds", "120",
                "--evaluations", "5000", "--out", sol.toString());
        SolomonRoutes.Report report = SolomonRoutes.check(SolomonReader.read(trimmed),
                SolomonRoutes.parse(Files.readAllLines(sol)));
        assertThat(report.violations()).isEmpty();
        assertThat(report.vehicles()).isGreaterThan(1);
        assertThat(out.get(out.size() - 1)).contains("feasible=false").doesNotContain("served=25/25");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(BenchMain.run(new String[] {"bench", "hhcrsp"}, System.out, System.err)).isEqualTo(2);
        assertThat(BenchMain.run(new String[] {"bench", "team", "M", "--bogus", "1"}, System.out, System.err))
                .isEqualTo(2);
    }

    private List<String> hhcrsp(String name, String file) throws IOException {
        Path instance = HhcrspEvaluatorTest.DIR.resolve(file);
        Path sol = tmp.resolve(name + "-sol.json");
        List<String> out = bench("hhcrsp", instance.toString(), "--seconds", "120", "--evaluations", "30000",
                "--out", sol.toString());
        HhcrspInstance inst = HhcrspReader.read(instance);
        HhcrspChecker.Report report = HhcrspChecker.check(inst, HhcrspSolutionIo.read(sol));
        assertThat(report.violations()).isEmpty();
        assertThat(out.get(out.size() - 1)).contains(String.format(java.util.Locale.ROOT, "cost=%.3f",
                report.cost().cost()));
        return out;
    }

    private List<String> bench(String... args) throws IOException {
        return bench(0, args);
    }

    private List<String> bench(int exitCode, String... args) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        String[] full = new String[args.length + 3];
        full[0] = "bench";
        System.arraycopy(args, 0, full, 1, args.length);
        full[args.length + 1] = "--results-dir";
        full[args.length + 2] = tmp.resolve("results").toString();
        int code = BenchMain.run(full, new PrintStream(buffer, true, StandardCharsets.UTF_8), System.err);
        List<String> lines = buffer.toString(StandardCharsets.UTF_8).lines().toList();
        lines.forEach(System.out::println);
        assertThat(code).as("exit code").isEqualTo(exitCode);
        try (var files = Files.list(tmp.resolve("results"))) {
            Path written = files.findFirst().orElseThrow();
            assertThat(Files.readAllLines(written)).isEqualTo(lines);
        }
        return lines;
    }
}
