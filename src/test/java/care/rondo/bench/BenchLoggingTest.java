package care.rondo.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

import org.jboss.logmanager.Level;
import org.jboss.logmanager.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The adapters run without Quarkus' logging setup, where the packaged app left OptaPlanner at TRACE and its per-move
 * TRACE calls formatted every move (12.6% of a profile). Whatever level the host left, a bench run turns it down.
 */
class BenchLoggingTest {

    private final Logger optaPlanner = Logger.getLogger("org.optaplanner");
    private final java.util.logging.Level before = optaPlanner.getLevel();

    @AfterEach
    void restore() {
        optaPlanner.setLevel(before);
    }

    @Test
    void solverTraceIsOffInBenchRuns() {
        optaPlanner.setLevel(Level.TRACE); // as the packaged app leaves it when Quarkus' logging is not started
        var decider = LoggerFactory.getLogger("org.optaplanner.core.impl.localsearch.decider.LocalSearchDecider");
        assertThat(decider.isTraceEnabled()).as("precondition: the host enabled TRACE").isTrue();

        PrintStream sink = new PrintStream(new ByteArrayOutputStream());
        BenchMain.run(new String[] { "bench", "no-such-kind" }, sink, sink);

        assertThat(decider.isTraceEnabled()).isFalse();
        assertThat(decider.isDebugEnabled()).isFalse();
    }
}
