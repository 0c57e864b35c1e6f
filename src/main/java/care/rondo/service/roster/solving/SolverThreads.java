package care.rondo.service.roster.solving;

import care.rondo.service.roster.solving.SolveQueue;
import org.jboss.logging.Logger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Solver threads yield the cores to request threads. A solve is a batch job that uses a whole core for as long as
 * it may; a request is a person waiting. Java's {@link Thread#MIN_PRIORITY} alone does nothing on Linux (HotSpot
 * ignores thread priorities there unless run as root with {@code -XX:ThreadPriorityPolicy=1}), so on Linux each
 * solver thread also lowers its own scheduling priority to nice {@value #NICE} when it starts ({@code renice} on
 * its own thread id, which needs no privilege). Request threads keep nice 0, so under CFS they get about 90% of
 * a contended core against a nice-10 solver thread, while an idle core still goes to the solver in full.
 * Used for the solver threads of the job engine ({@link SolveQueue}).
 */
public class SolverThreads implements ThreadFactory {

    static final int NICE = 10;
    private static final Logger LOG = Logger.getLogger(SolverThreads.class);
    private static final AtomicInteger NUMBER = new AtomicInteger();

    @Override
    public Thread newThread(Runnable work) {
        Thread thread = new Thread(() -> {
            lowerOwnPriority();
            work.run();
        }, "rondo-solver-" + NUMBER.incrementAndGet());
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.setDaemon(true); // a solve never keeps the JVM alive: shutdown ends it after its grace
        return thread;
    }

    /** Linux: /proc/thread-self names this thread's id; renice only ever lowers it, which anyone may do. */
    private static void lowerOwnPriority() {
        Path self = Path.of("/proc/thread-self");
        if (!Files.exists(self)) {
            return;
        }
        try {
            String tid = Files.readSymbolicLink(self).getFileName().toString();
            Process renice = new ProcessBuilder("renice", "-n", Integer.toString(NICE), "-p", tid)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!renice.waitFor(5, TimeUnit.SECONDS) || renice.exitValue() != 0) {
                LOG.debugf("renice of solver thread %s failed; it keeps the default priority", tid);
            }
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.debugf("could not lower the solver thread's priority: %s", e);
        }
    }
}
