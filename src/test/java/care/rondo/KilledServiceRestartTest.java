package care.rondo;

import care.rondo.testing.Slow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11: after {@code kill -9} of the JVM, its embedded PostgreSQL keeps running on the data folder and the
 * next start used to fail with {@code lock file "postmaster.pid" already exists}. This test kills a real JVM
 * (SIGKILL via {@link Process#destroyForcibly()}) that started the embedded database as {@link Rondo} does, then
 * starts another one on the same folder.
 */
@Slow
class KilledServiceRestartTest {

    @TempDir
    Path dataDirectory;

    @AfterEach
    void stopWhateverIsLeft() {
        OrphanedPostgres.stopIfAny(dataDirectory);
    }

    @Test
    void aKilledServiceStartsAgainOnItsDataFolder() throws Exception {
        Started first = start();
        long orphan = postmasterPid();
        assertTrue(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false), "the first server runs");

        first.process().destroyForcibly(); // SIGKILL: no shutdown hook runs
        assertTrue(first.process().waitFor(30, TimeUnit.SECONDS));
        assertTrue(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false),
                "precondition: the server outlives the killed JVM");

        Started second = start();
        try {
            long restarted = postmasterPid();
            assertNotEquals(orphan, restarted, "a new server runs");
            assertFalse(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false), "the orphan is gone");
            assertTrue(second.output().contains("orphaned") && second.output().contains(Long.toString(orphan)),
                    "the start says what it did:\n" + second.output());
            assertEquals(1, selectOne(second.jdbcUrl()));
        } finally {
            second.process().destroy(); // SIGTERM: the shutdown hook stops the server cleanly
            second.process().waitFor(30, TimeUnit.SECONDS);
        }
        assertFalse(Files.exists(dataDirectory.resolve("postmaster.pid")), "a clean stop leaves no pid file");
    }

    @Test
    void aServerOfALiveServiceIsNotTakenAway() throws Exception {
        Started first = start();
        try {
            long running = postmasterPid();
            IllegalStateException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                    () -> OrphanedPostgres.stopIfAny(dataDirectory));
            assertTrue(refused.getMessage().contains("another running Rondo"), refused.getMessage());
            assertTrue(ProcessHandle.of(running).map(ProcessHandle::isAlive).orElse(false));
        } finally {
            first.process().destroy();
            first.process().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private record Started(Process process, String jdbcUrl, String output) {
    }

    private Started start() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Xmx128m",
                "-D" + Rondo.DATA_DIRECTORY_PROPERTY + "=" + dataDirectory, "-Dorg.jboss.logging.provider=jdk",
                "-cp", System.getProperty("java.class.path"), EmbeddedPostgresChild.class.getName())
                .redirectErrorStream(true)
                .start();
        StringBuilder output = new StringBuilder();
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = lines.readLine()) != null) {
            output.append(line).append('\n');
            if (line.startsWith(EmbeddedPostgresChild.READY)) {
                String url = line.substring(EmbeddedPostgresChild.READY.length()).trim();
                Thread drain = new Thread(() -> lines.lines().forEach(l -> { }), "child-output");
                drain.setDaemon(true);
                drain.start();
                return new Started(process, url, output.toString());
            }
        }
        process.waitFor(30, TimeUnit.SECONDS);
        throw new AssertionError("the service did not start (exit " + process.exitValue() + "):\n" + output);
    }

    private long postmasterPid() {
        Optional<OrphanedPostgres.PidFile> pidFile = OrphanedPostgres.PidFile.read(dataDirectory);
        assertTrue(pidFile.isPresent(), "postmaster.pid exists");
        return pidFile.get().pid();
    }

    private static int selectOne(String jdbcUrl) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select 1")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
