package care.rondo.bench;

import care.rondo.export.CsvRosterWriter;
import care.rondo.export.ExportRow;
import care.rondo.export.FileHeading;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * {@code bench export --teams 10 --weeks 4}: streams a synthetic region (about 107 visits per team-day, the
 * size of a busy team) through the real {@link CsvRosterWriter} into a temporary file and reports the time and
 * the heap's peak. The rows are generated one at a time, as the database cursor delivers them, so the figure
 * shows the writer's memory, not a list of 30,000 visits.
 */
public final class ExportBenchmark {

    static final int VISITS_PER_TEAM_DAY = 107;
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private ExportBenchmark() {
    }

    /** Arguments after "bench": {@code export [--teams N] [--weeks N]}. Returns the process exit code. */
    public static int run(String[] args) {
        int teams = 10;
        int weeks = 4;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--teams") && i + 1 < args.length) {
                teams = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--weeks") && i + 1 < args.length) {
                weeks = Integer.parseInt(args[++i]);
            } else if (!args[i].equals("export") && !args[i].equals("bench")) {
                System.err.println("usage: bench export [--teams N] [--weeks N]");
                return 2;
            }
        }
        try {
            return measure(teams, weeks);
        } catch (IOException e) {
            System.err.println("bench export failed: " + e.getMessage());
            return 1;
        }
    }

    private static int measure(int teams, int weeks) throws IOException {
        Path file = Files.createTempFile("rondo-export-bench", ".csv");
        try {
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long started = System.nanoTime();
            long visits;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                visits = CsvRosterWriter.write(rows(teams, weeks), FileHeading.titled("bench"), out);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long peakMb = peakHeapBytes() / (1024 * 1024);
            System.out.printf("teams=%d weeks=%d csv_bytes=%d%n", teams, weeks, Files.size(file));
            System.out.printf("RESULT visits=%d seconds=%.2f peak_heap_mb=%d%n", visits, seconds, peakMb);
            return 0;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Sum of the heap pools' peaks since the reset: an upper bound of what the export held at once. */
    static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    static Iterator<ExportRow> rows(int teams, int weeks) {
        long total = (long) teams * weeks * 7 * VISITS_PER_TEAM_DAY;
        LocalDate monday = LocalDate.of(2027, 3, 1);
        return new Iterator<>() {
            private long next;

            @Override
            public boolean hasNext() {
                return next < total;
            }

            @Override
            public ExportRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                long i = next++;
                int team = (int) (i / (weeks * 7L * VISITS_PER_TEAM_DAY));
                int day = (int) (i / VISITS_PER_TEAM_DAY % (weeks * 7L));
                int slot = (int) (i % VISITS_PER_TEAM_DAY);
                LocalDate date = monday.plusDays(day);
                Instant start = date.atTime(7, 0).atZone(ZONE).toInstant().plusSeconds(slot * 420L);
                long nurse = team * 12L + slot % 12;
                return new ExportRow(team + 1, "Team " + (team + 1), ZONE, 1, i + 1, i + 1, date, start,
                        start.plusSeconds(1200), start, start.plusSeconds(3600), 20, nurse, "Nurse " + nurse, null,
                        i % 50, "Client \"" + (i % 50) + "\", Utrecht", "Street " + slot + ", Utrecht",
                        52.09 + slot * 1e-4, 5.10 + slot * 1e-4, null, false, null, null);
            }
        };
    }
}
