package care.rondo.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HhcrspSolutionIoTest {

    @Test
    void writtenSolutionReadsBackIdenticallyWithPublishedKeys(@TempDir Path tmp) throws IOException {
        HhcrspSolution sol = HhcrspSolutionIo.read(HhcrspEvaluatorTest.DIR.resolve("sol-toy-optimal.json"));
        Path out = tmp.resolve("out.json");
        HhcrspSolutionIo.write(sol, out);
        assertThat(HhcrspSolutionIo.read(out)).isEqualTo(sol);
        String json = Files.readString(out);
        assertThat(json).contains("\"patient\"", "\"service\"", "\"arrival_time\"", "\"departure_time\"")
                .doesNotContain("patient_id");
    }

    @Test
    void readsInstanceInMatrixOrder() throws IOException {
        HhcrspInstance toy = HhcrspReader.read(HhcrspEvaluatorTest.DIR.resolve("toy.json"));
        assertThat(toy.patients()).hasSize(6);
        assertThat(toy.caregivers()).hasSize(3);
        assertThat(toy.visitCount()).isEqualTo(9);
        assertThat(toy.travel(0, 1)).isEqualTo(38);
        assertThat(toy.travel(1, 0)).isEqualTo(39);
        assertThat(toy.patients().get(5).sync()).isEqualTo(new HhcrspInstance.Sync(false, 60, 90));
        assertThat(toy.patients().get(3).sync().simultaneous()).isTrue();
    }
}
