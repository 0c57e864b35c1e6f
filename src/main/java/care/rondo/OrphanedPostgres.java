package care.rondo;

import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Stops an embedded PostgreSQL that outlived the JVM that started it, so that the next start does not fail with
 * {@code lock file "postmaster.pid" already exists}.
 *
 * <p>After a {@code kill -9} (a crash, an OOM kill, a container stop) of the Java process, the postgres server
 * it started keeps running on the data folder. Before starting the embedded server, Rondo looks at the folder's
 * {@code postmaster.pid}. The server named there is only stopped when it is provably ours and orphaned:
 * <ul>
 *   <li>no live JVM holds the folder's {@code epg-lock} (zonky's embedded PostgreSQL holds an OS file lock on it
 *   for as long as its JVM lives; the OS releases it when the JVM dies, however it dies);</li>
 *   <li>the pid file names this very folder; and</li>
 *   <li>the process with that pid runs a {@code postgres} binary for this folder.</li>
 * </ul>
 * It is then stopped like zonky stops it ({@code pg_ctl stop -m fast}, from the binaries the orphan runs from),
 * or with SIGTERM if that fails, and waited for. A pid file whose process is another program (a pid reused after
 * a reboot) is left alone: PostgreSQL itself removes a pid file whose process is gone.
 */
final class OrphanedPostgres {

    private static final Logger LOG = Logger.getLogger(OrphanedPostgres.class);
    private static final String PID_FILE = "postmaster.pid";
    /** zonky's lock file, see {@code EmbeddedPostgres.LOCK_FILE_NAME}. */
    private static final String EMBEDDED_LOCK_FILE = "epg-lock";
    private static final long STOP_WAIT_SECONDS = 30;

    private OrphanedPostgres() {
    }

    /** What {@code postmaster.pid} says: the first lines are pid, data directory, start time, port. */
    record PidFile(long pid, Path dataDirectory, int port) {

        static Optional<PidFile> read(Path dataDirectory) {
            Path file = dataDirectory.resolve(PID_FILE);
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            try {
                List<String> lines = Files.readAllLines(file);
                if (lines.size() < 4) {
                    return Optional.empty();
                }
                return Optional.of(new PidFile(Long.parseLong(lines.get(0).trim()), Path.of(lines.get(1).trim()),
                        Integer.parseInt(lines.get(3).trim())));
            } catch (IOException | NumberFormatException e) {
                LOG.warnf("Could not read %s (%s); leaving it to PostgreSQL", file, e.toString());
                return Optional.empty();
            }
        }
    }

    /**
     * Stops the orphaned server of this data folder, if there is one.
     *
     * @return the pid of the server that was stopped
     * @throws IllegalStateException when another live process still uses the folder, or the orphan does not stop
     */
    static Optional<Long> stopIfAny(Path dataDirectory) {
        Optional<PidFile> pidFile = PidFile.read(dataDirectory);
        if (pidFile.isEmpty()) {
            return Optional.empty();
        }
        PidFile recorded = pidFile.get();
        Optional<ProcessHandle> process = ProcessHandle.of(recorded.pid()).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return Optional.empty(); // a stale pid file: PostgreSQL removes it itself
        }
        if (!sameFolder(recorded.dataDirectory(), dataDirectory) || !isPostgresFor(process.get(), dataDirectory)) {
            LOG.warnf("%s in %s names process %d, which is not a PostgreSQL server of this folder; leaving it alone",
                    PID_FILE, dataDirectory, recorded.pid());
            return Optional.empty();
        }
        if (heldByLiveJvm(dataDirectory)) {
            throw new IllegalStateException("The embedded PostgreSQL in " + dataDirectory + " (pid " + recorded.pid()
                    + ", port " + recorded.port() + ") belongs to another running Rondo; stop that one first,"
                    + " or give this one its own folder with -D" + Rondo.DATA_DIRECTORY_PROPERTY + "=...");
        }
        LOG.warnf("Found the embedded PostgreSQL of a previous run still running (pid %d, port %d, data in %s),"
                + " orphaned by a process that did not shut down; stopping it", recorded.pid(), recorded.port(),
                dataDirectory);
        stop(process.get(), dataDirectory);
        LOG.infof("Stopped the orphaned PostgreSQL (pid %d); starting afresh", recorded.pid());
        return Optional.of(recorded.pid());
    }

    private static boolean sameFolder(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    /** The process runs a binary called postgres with {@code -D} naming this folder (as pg_ctl starts it). */
    private static boolean isPostgresFor(ProcessHandle process, Path dataDirectory) {
        ProcessHandle.Info info = process.info();
        boolean postgres = info.command().map(Path::of).map(Path::getFileName).map(Path::toString)
                .filter("postgres"::equals).isPresent();
        if (!postgres) {
            return false;
        }
        String[] arguments = info.arguments().orElse(new String[0]);
        for (int i = 0; i + 1 < arguments.length; i++) {
            if ("-D".equals(arguments[i]) && sameFolder(Path.of(arguments[i + 1]), dataDirectory)) {
                return true;
            }
        }
        return false;
    }

    /** True while a live JVM's embedded PostgreSQL holds the folder's lock file. */
    private static boolean heldByLiveJvm(Path dataDirectory) {
        Path lockFile = dataDirectory.resolve(EMBEDDED_LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (RandomAccessFile file = new RandomAccessFile(lockFile.toFile(), "rw");
             FileChannel channel = file.getChannel();
             FileLock lock = channel.tryLock()) {
            return lock == null;
        } catch (IOException | java.nio.channels.OverlappingFileLockException e) {
            return true;
        }
    }

    private static void stop(ProcessHandle server, Path dataDirectory) {
        Optional<Path> pgCtl = server.info().command().map(Path::of).map(p -> p.resolveSibling("pg_ctl"))
                .filter(Files::isExecutable);
        if (pgCtl.isPresent() && pgCtlStop(pgCtl.get(), dataDirectory) && !server.isAlive()) {
            return;
        }
        // SIGTERM is PostgreSQL's "smart" shutdown; its clients died with the JVM, so it ends promptly.
        server.destroy();
        try {
            server.onExit().get(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping the orphaned PostgreSQL " + server.pid(), e);
        } catch (Exception e) {
            throw new IllegalStateException("The orphaned PostgreSQL (pid " + server.pid() + ") in " + dataDirectory
                    + " did not stop within " + STOP_WAIT_SECONDS + " s; stop it by hand", e);
        }
    }

    private static boolean pgCtlStop(Path pgCtl, Path dataDirectory) {
        try {
            Process process = new ProcessBuilder(pgCtl.toString(), "-D", dataDirectory.toString(), "stop",
                    "-m", "fast", "-w", "-t", Long.toString(STOP_WAIT_SECONDS))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return process.waitFor(STOP_WAIT_SECONDS + 5, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            LOG.warnf("pg_ctl stop failed (%s); sending SIGTERM instead", e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
