package care.rondo.service.roster.solving;

import care.rondo.planning.RosterConstraintWeights;
import care.rondo.planning.VisitRoster;
import care.rondo.planning.WorkRules;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.Solver;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The state machine of one solve, driven with explicit instants (no wall clock, no solver run). */
class SolveJobTest {

    private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
    private static final Duration GRACE = Duration.ofSeconds(5);

    private final AtomicInteger terminations = new AtomicInteger();

    @SuppressWarnings("unchecked")
    private Solver<VisitRoster> countingSolver() {
        return (Solver<VisitRoster>) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Solver.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("terminateEarly")) {
                        terminations.incrementAndGet();
                        return true;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static VisitRoster emptyRoster() {
        return new VisitRoster(List.of(), List.of(), new WorkRules(10 * 3600, 11 * 3600, 3600),
                new RosterConstraintWeights());
    }

    private SolveJob job() {
        return new SolveJob(1L, T0, 1L, Duration.ofSeconds(10), Duration.ofSeconds(3));
    }

    @Test
    void shouldRaiseTheTerminateFlagEveryTickOncePastTheTimeLimitButNotBefore() {
        SolveJob job = job();
        assertThat(job.begin(T0)).isTrue();
        job.solving(countingSolver());
        job.enforceLimits(T0.plusSeconds(9));
        assertThat(terminations).hasValue(0);
        job.enforceLimits(T0.plusSeconds(11));
        job.enforceLimits(T0.plusSeconds(11).plusMillis(200));
        // again each tick: a solver resets its flag when it starts solving
        assertThat(terminations).hasValue(2);
    }

    @Test
    void shouldGiveUpOnlyAfterTheGraceAndOnlyOnceAndIgnoreALateFinish() {
        SolveJob job = job();
        job.begin(T0);
        job.solving(countingSolver());
        // nothing to record yet: the limits stop it, the watchdog waits for a best solution
        assertThat(job.abandonIfOverdue(T0.plusSeconds(16), GRACE)).isFalse();
        job.improved(emptyRoster(), T0.plusSeconds(1));
        assertThat(job.abandonIfOverdue(T0.plusSeconds(15), GRACE)).isFalse();
        assertThat(job.abandonIfOverdue(T0.plusSeconds(16), GRACE)).isTrue();
        assertThat(job.abandonIfOverdue(T0.plusSeconds(17), GRACE)).isFalse();
        assertThat(job.state()).isEqualTo(SolveJob.State.OVERDUE);
        assertThat(terminations).hasValue(1);
        job.finished(emptyRoster());
        assertThat(job.state()).isEqualTo(SolveJob.State.OVERDUE);
        assertThat(job.result()).isNotNull();
        assertThat(Thread.interrupted()).as("the watchdog interrupts the solver thread").isTrue();
    }

    @Test
    void shouldCancelAQueuedSolveSoThatItNeverStarts() {
        SolveJob job = job();
        job.requestStop();
        assertThat(job.state()).isEqualTo(SolveJob.State.CANCELLED);
        assertThat(job.begin(T0)).isFalse();
        assertThat(job.state().ended()).isTrue();
    }

    @Test
    void shouldEndAStoppedSolveWithItsFinalSolutionAndKeepTheNewestUnwrittenBest() {
        SolveJob job = job();
        job.begin(T0);
        job.solving(countingSolver());
        job.requestStop();
        assertThat(terminations).hasValue(1);
        assertThat(job.state()).isEqualTo(SolveJob.State.SOLVING);
        VisitRoster first = emptyRoster();
        VisitRoster second = emptyRoster();
        job.improved(first, T0.plusSeconds(1));
        assertThat(job.takeUnwritten()).isSameAs(first);
        job.improved(second, T0.plusSeconds(2));
        job.restoreUnwritten(first);
        assertThat(job.takeUnwritten()).as("a failed write never hides a newer best").isSameAs(second);
        job.finished(second);
        assertThat(job.state()).isEqualTo(SolveJob.State.FINISHED);
    }
}
