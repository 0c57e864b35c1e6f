package care.rondo.bench;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ExportBenchmarkTest {

    @Test
    void shouldEndWithTheResultLine() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = ExportBenchmark.run(new String[]{"export", "--teams", "1", "--weeks", "1"});
        } finally {
            System.setOut(original);
        }
        String[] lines = captured.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(code).isZero();
        assertThat(lines[lines.length - 1]).matches("RESULT visits=749 seconds=\\d+\\.\\d+ peak_heap_mb=\\d+");
    }
}
