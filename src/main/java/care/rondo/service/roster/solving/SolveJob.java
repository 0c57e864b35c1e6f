package care.rondo.service.roster.solving;

import care.rondo.planning.VisitRoster;
import org.optaplanner.core.api.solver.Solver;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One run of a solve on this instance (from the claim of its job to the record of its end), and the owner of its
 * state machine: QUEUED (claimed, loading) → SOLVING → one of the ends (FINISHED, FAILED, CANCELLED before it
 * started, OVERDUE when the watchdog gave up on it). Every transition is a
 * compare-and-set, so whichever thread gets there first decides (the solver thread finishing, a stop, the
 * watchdog), and the others see the outcome and do nothing. Nothing here blocks: a stop only raises the solver's
 * terminate flag, which the solver reads between moves.
 */
final class SolveJob {

    enum State {
        QUEUED, SOLVING, FINISHED, FAILED, CANCELLED, OVERDUE;

        boolean ended() {
            return this != QUEUED && this != SOLVING;
        }
    }

    final long rosterId;
    /** The request that this job serves (as stored): writes for an older or newer request of the roster are refused. */
    final Instant requestedAt;
    /** The roster's lease number this run holds (SolutionStore.claim): its writes are refused once it changed. */
    final long lease;
    final Duration spent;
    final Duration unimproved;

    private final AtomicReference<State> state = new AtomicReference<>(State.QUEUED);
    private final AtomicReference<VisitRoster> unwritten = new AtomicReference<>();
    private volatile Solver<VisitRoster> solver;
    private volatile Thread thread;
    private volatile Instant startedAt;
    private volatile Instant lastImprovement;
    private volatile VisitRoster latest;
    private volatile VisitRoster result;
    private volatile Throwable error;
    private volatile boolean stopRequested;
    private volatile Instant lastWrite = Instant.EPOCH;
    private volatile boolean handOver;
    private volatile boolean leaseLost;
    private volatile boolean requeue;
    private final CountDownLatch recorded = new CountDownLatch(1);

    SolveJob(long rosterId, Instant requestedAt, long lease, Duration spent, Duration unimproved) {
        this.rosterId = rosterId;
        this.requestedAt = requestedAt;
        this.lease = lease;
        this.spent = spent;
        this.unimproved = unimproved;
    }

    State state() {
        return state.get();
    }

    /** On the solver thread, when a slot picks the job up; false when it was cancelled while queued. */
    boolean begin(Instant now) {
        if (!state.compareAndSet(State.QUEUED, State.SOLVING)) {
            return false;
        }
        thread = Thread.currentThread();
        startedAt = now;
        return true;
    }

    /** On the solver thread, once the problem is loaded and the solver built, just before it solves. */
    void solving(Solver<VisitRoster> solver) {
        this.solver = solver;
    }

    /** The solver's listener, on the solver thread: keep the newest best, never wait. */
    void improved(VisitRoster best, Instant now) {
        latest = best;
        unwritten.set(best);
        if (best.getVisits().stream().allMatch(v -> v.getShift() != null)) {
            // the unimproved limit counts only once construction has placed every visit
            lastImprovement = now;
        }
    }

    void finished(VisitRoster best) {
        result = best;
        state.compareAndSet(State.SOLVING, State.FINISHED);
    }

    void failed(Throwable cause) {
        error = cause;
        if (!state.compareAndSet(State.SOLVING, State.FAILED)) {
            state.compareAndSet(State.QUEUED, State.FAILED);
        }
    }

    /** Asks the solve to end (a request, the limits, a shutdown, or a stop from another instance). */
    void requestStop() {
        stopRequested = true;
        if (!state.compareAndSet(State.QUEUED, State.CANCELLED)) {
            terminate();
        }
    }

    /**
     * Called by the limits thread every tick: raises the solver's terminate flag when a stop was asked for or a
     * limit is passed. Raising it again each tick is on purpose: a solver resets the flag when it starts solving,
     * so a stop that came while the problem was loading would otherwise be lost.
     */
    void enforceLimits(Instant now) {
        if (state.get() == State.SOLVING && (stopRequested || overLimits(now))) {
            terminate();
        }
    }

    /**
     * The watchdog: a solve still running {@code grace} past its deadline is given up on; true if this call did.
     * Only once it has a best solution to record: a solve still loading its roster or building its first
     * solution on a starved machine is stopped by the limits (the terminate flag) and ends with a proposal.
     */
    boolean abandonIfOverdue(Instant now, Duration grace) {
        Instant started = startedAt;
        if (state.get() != State.SOLVING || started == null || latest == null
                || !now.isAfter(started.plus(spent).plus(grace))) {
            return false;
        }
        if (!state.compareAndSet(State.SOLVING, State.OVERDUE)) {
            return false;
        }
        terminate();
        Thread running = thread;
        if (running != null) {
            running.interrupt();
        }
        return true;
    }

    /** At shutdown: end the run, and give the job back with its newest best instead of ending the solve. */
    void handOver() {
        handOver = true;
        requestStop();
    }

    boolean handingOver() {
        return handOver;
    }

    /** Another instance stopped or took over the solve: end the run and write nothing more. */
    void leaseLost() {
        leaseLost = true;
        requestStop();
    }

    boolean lostLease() {
        return leaseLost;
    }

    /** The job goes back to the queue when the run completes (handed over, or its end could not be written). */
    void requeue() {
        requeue = true;
    }

    boolean requeued() {
        return requeue;
    }

    /** The writer has written how the run ended (or that there is nothing to write): the job may complete. */
    void recorded() {
        recorded.countDown();
    }

    /** On the solver thread, after the solve: waits until the writer recorded the end, at most {@code limit}. */
    boolean awaitRecorded(Duration limit) throws InterruptedException {
        return recorded.await(limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Time the run has left (for a job handed over at shutdown). */
    Duration remaining(Instant now) {
        Instant started = startedAt;
        if (started == null) {
            return spent;
        }
        Duration left = Duration.between(now, started.plus(spent));
        return left.isNegative() ? Duration.ZERO : left;
    }

    Instant startedAt() {
        return startedAt;
    }

    private void terminate() {
        Solver<VisitRoster> running = solver;
        if (running != null) {
            running.terminateEarly();
        }
    }

    private boolean overLimits(Instant now) {
        Instant started = startedAt;
        Instant improved = lastImprovement;
        return started != null && (now.isAfter(started.plus(spent))
                || improved != null && now.isAfter(improved.plus(unimproved)));
    }

    /** The newest best not yet written, taken for writing (null when there is none). */
    VisitRoster takeUnwritten() {
        return unwritten.getAndSet(null);
    }

    /** Puts a best back after a write that lost to a concurrent change, unless a newer one came meanwhile. */
    void restoreUnwritten(VisitRoster best) {
        unwritten.compareAndSet(null, best);
    }

    boolean progressDue(Instant now, Duration interval) {
        return state.get() == State.SOLVING && now.isAfter(lastWrite.plus(interval));
    }

    void wrote(Instant now) {
        lastWrite = now;
    }

    /** The final solution of a FINISHED solve. */
    VisitRoster result() {
        return result;
    }

    /** The newest best known, for a solve that ends without a final solution (overdue, shutdown). */
    VisitRoster latest() {
        return latest;
    }

    Throwable error() {
        return error;
    }
}
