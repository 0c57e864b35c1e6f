package care.rondo.service.roster.solving;

import care.rondo.planning.VisitRoster;
import care.rondo.service.roster.solving.SolveQueue;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * All solve metrics, on the management port's {@code /q/metrics} as {@code rondo_*}: jobs waiting in the cluster's
 * queue (read from the job table at each scrape), solves running on this instance, ends by outcome, how long runs
 * took, and the unassigned visits of the last proposal this instance wrote.
 */
@ApplicationScoped
@Startup // registered at start, so a scrape sees the gauges before the first solve (the bean is otherwise lazy)
public class SolveMetrics {

    private final AtomicInteger running = new AtomicInteger();
    private final AtomicLong lastUnassigned = new AtomicLong();
    private final Counter finished;
    private final Counter failed;
    private final Counter handedOver;
    private final Timer duration;

    @Inject
    SolveMetrics(MeterRegistry registry, SolveQueue queue) {
        Gauge.builder("rondo.solves.queued", queue, SolveMetrics::waitingOrNaN)
                .description("Solve jobs of all instances waiting for a solver slot").register(registry);
        Gauge.builder("rondo.solves.running", running, AtomicInteger::get)
                .description("Solves running on this instance").register(registry);
        Gauge.builder("rondo.solve.unassigned.visits", lastUnassigned, AtomicLong::get)
                .description("Unassigned visits of the last proposal this instance wrote").register(registry);
        finished = Counter.builder("rondo.solves.finished")
                .description("Solves this instance ended with a proposal").register(registry);
        failed = Counter.builder("rondo.solves.failed")
                .description("Solves this instance ended without a proposal (failed, cancelled)").register(registry);
        handedOver = Counter.builder("rondo.solves.handed.over")
                .description("Runs this instance gave back to the queue at shutdown or lost to a stop or take-over")
                .register(registry);
        duration = Timer.builder("rondo.solve.duration")
                .description("Time from the start of a run on this instance to its recorded end").register(registry);
    }

    private static double waitingOrNaN(SolveQueue queue) {
        try {
            return queue.waiting();
        } catch (RuntimeException e) {
            return Double.NaN; // the database away: the scrape still answers
        }
    }

    void started() {
        running.incrementAndGet();
    }

    void ended(Duration ran) {
        running.decrementAndGet();
        duration.record(ran);
    }

    void finished(VisitRoster proposal) {
        finished.increment();
        lastUnassigned.set(proposal.getUnassigned().getVisits().size());
    }

    void failed() {
        failed.increment();
    }

    void handedOver() {
        handedOver.increment();
    }

    void proposal(VisitRoster proposal) {
        lastUnassigned.set(proposal.getUnassigned().getVisits().size());
    }
}
