package care.rondo.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Every figure goes to stdout and, on {@link #close()}, to bench-results/KIND-INSTANCE-TIMESTAMP.txt. */
public final class BenchOutput implements AutoCloseable {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final PrintStream out;
    private final Path file;
    private final List<String> lines = new ArrayList<>();

    public BenchOutput(PrintStream out, Path dir, String kind, String instance) {
        this.out = out;
        this.file = dir.resolve(kind + "-" + instance.replaceAll("[^A-Za-z0-9._-]", "_") + "-"
                + STAMP.format(Instant.now()) + ".txt");
    }

    public synchronized void line(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        out.println(line);
        out.flush();
        lines.add(line);
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, lines);
    }
}
