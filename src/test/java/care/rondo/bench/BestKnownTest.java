package care.rondo.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BestKnownTest {

    @TempDir
    Path tmp;

    @Test
    void everySolomonInstanceHasABundledDistanceAndFleet() throws IOException {
        int all = 0;
        for (String line : Files.readAllLines(Path.of("src/main/resources/bench/solomon-best-known.csv"))) {
            String name = line.split(",")[0];
            if (!name.equals("instance")) {
                assertThat(BestKnown.lookup(name, null)).as(name).isPresent();
                assertThat(BestKnown.vehicles(name)).as(name).isPositive();
                all++;
            }
        }
        assertThat(all).isEqualTo(56);
        assertThat(BestKnown.lookup("RC208", null)).hasValue(828.14);
        assertThat(BestKnown.vehicles("R112")).isEqualTo(9);
    }

    @Test
    void namesMatchWithoutCaseBlanksOrFileEnding() throws IOException {
        assertThat(BestKnown.lookup("RC203 ", null)).hasValue(1049.62);
        assertThat(BestKnown.lookup("r101.txt", null)).hasValue(1650.80);
        assertThat(BestKnown.lookup("InstanzCPLEX_HCSRP_25_10", null)).hasValue(462.748);
        assertThat(BestKnown.lookup("HHCRSP_50_10_100_1.6_C_C", null)).hasValue(154.667);
        assertThat(BestKnown.lookup("no-such-instance", null)).isEmpty();
    }

    /** Instances this code has never seen: found by name in the table given with --best-known, in either layout. */
    @Test
    void aGivenTableNamesUnseenInstancesInEitherLayoutAndWinsOverTheBundledOne() throws IOException {
        Path md = tmp.resolve("best.md");
        Files.writeString(md, String.join("\n",
                "| instance | solution | total_cost | distance_traveled |",
                "|:--|:--|--:|--:|",
                "| HHCRSP_163_30_Utrecht.json | sol-x.json | 1234.5 | 3000 |",
                "| InstanzCPLEX_HCSRP_10_1.json | sol-y.json | 200.0 | 600 |"));
        assertThat(BestKnown.lookup("HHCRSP_163_30_Utrecht", md)).hasValue(1234.5);
        assertThat(BestKnown.lookup("InstanzCPLEX_HCSRP_10_1", md)).hasValue(200.0);
        assertThat(BestKnown.lookup("InstanzCPLEX_HCSRP_10_2", md)).hasValue(246.627);

        Path csv = tmp.resolve("best.csv");
        Files.writeString(csv, "instance,vehicles,distance\nX301,7,999.5\n");
        assertThat(BestKnown.lookup("x301", csv)).hasValue(999.5);
        assertThat(BestKnown.vehicles("X301", csv)).isEqualTo(7);
        assertThat(BestKnown.vehicles("R101", csv)).isEqualTo(19);
    }
}
