package care.rondo.service.roster.solving;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.ExecutionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Executors;

/**
 * The durable queue of solve requests: db-scheduler on the application's own PostgreSQL (table
 * {@code scheduled_tasks}, created by Flyway). A job's id is its roster's id, so a roster has at most one job. Every
 * instance runs {@code rondo.solver.parallel-solvers} executor threads (the solver threads) and picks due jobs
 * oldest first with {@code select ... for update skip locked}, never more than it has free threads; a job whose
 * instance stops sending heartbeats is revived for another instance (dead-execution detection).
 *
 * <p>Writes here join the caller's transaction (the data source is the application's, enlisted in JTA; db-scheduler
 * commits nothing itself), so a request and its job are stored together or not at all.
 */
@ApplicationScoped
public class SolveQueue {

    static final String TASK = "solve-roster";

    @Inject
    DataSource dataSource;

    @Inject
    SolverSettings settings;

    @ConfigProperty(name = "rondo.instance-name")
    Optional<String> configuredName;

    private volatile String instanceName;
    private volatile CustomTask<SolveOrder> task;
    private volatile Scheduler scheduler;

    /** This instance's name in statuses and in the job table: RONDO_INSTANCE_NAME, else the host name. */
    public String instanceName() {
        if (instanceName == null) {
            instanceName = configuredName.filter(name -> !name.isBlank()).orElseGet(SolveQueue::hostName);
        }
        return instanceName;
    }

    /** Starts taking jobs; each runs {@code solve} on one of this instance's solver threads. */
    void start(ExecutionHandler<SolveOrder> solve) {
        // unexpected errors (the database away while claiming) retry a few times, then the job is dropped and the
        // stale sweep releases its roster; a solver's own failure is recorded on the roster and never gets here
        task = Tasks.custom(TASK, SolveOrder.class)
                .onDeadExecutionRevive()
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(3,
                        new FailureHandler.OnFailureRetryLater<>(Duration.ofSeconds(5))))
                .execute(solve);
        int slots = settings.parallelSolvers();
        scheduler = Scheduler.create(dataSource, task)
                .schedulerName(new SchedulerName.Fixed(instanceName()))
                .serializer(SolveOrder.SERIALIZER)
                .threads(slots)
                .executorService(Executors.newFixedThreadPool(slots, new SolverThreads()))
                // fetch only for free threads: a job waits in the table, never in an instance's memory
                .pollUsingLockAndFetch(0.5, 1.0)
                .pollingInterval(settings.jobPollInterval())
                .heartbeatInterval(settings.jobHeartbeat())
                .missedHeartbeatsLimit(settings.jobMissedHeartbeats())
                .enableImmediateExecution()
                .shutdownMaxWait(settings.shutdownGrace())
                .build();
        scheduler.start();
    }

    /** Stops taking jobs and waits (bounded) for the running ones to return; what is left is revived elsewhere. */
    void stop() {
        Scheduler running = scheduler;
        if (running != null) {
            running.stop();
        }
    }

    /** Now on the job engine's clock (db-scheduler's, the system clock): the time base of job execution times. */
    Instant now() {
        return Instant.now();
    }

    /** Adds a job for the roster within the caller's transaction; a leftover job of an ended request is replaced. */
    void enqueue(long rosterId, SolveOrder order) {
        // the caller just moved the roster from NOT_SOLVING to SCHEDULED: a row still there is a finished run's
        // that its instance did not remove (it died after the final write); its version no longer matches anyway
        update("delete from scheduled_tasks where task_name = ? and task_instance = ?", rosterId);
        scheduler.schedule(task.instance(Long.toString(rosterId), order), now());
    }

    /** Removes the roster's job if no instance has picked it yet; false when one runs it (or there is none). */
    boolean cancelQueued(long rosterId) {
        return update("delete from scheduled_tasks where task_name = ? and task_instance = ? and picked = false",
                rosterId) == 1;
    }

    /** 1 for the next job to be picked; empty when the roster has no waiting job. */
    OptionalInt position(long rosterId) {
        String sql = "select count(*) from scheduled_tasks q join scheduled_tasks me on me.task_name = q.task_name "
                + "where me.task_name = ? and me.task_instance = ? and me.picked = false and q.picked = false "
                + "and (q.execution_time, q.task_instance) <= (me.execution_time, me.task_instance)";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, TASK);
            statement.setString(2, Long.toString(rosterId));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                int ahead = rows.getInt(1);
                return ahead == 0 ? OptionalInt.empty() : OptionalInt.of(ahead);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the solve queue", e);
        }
    }

    /** Jobs of all instances that wait for a solver slot. */
    long waiting() {
        String sql = "select count(*) from scheduled_tasks where task_name = ? and picked = false";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, TASK);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the solve queue", e);
        }
    }

    private int update(String sql, long rosterId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, TASK);
            statement.setString(2, Long.toString(rosterId));
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not change the solve queue", e);
        }
    }

    private static String hostName() {
        String fromEnvironment = System.getenv("HOSTNAME");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "rondo";
        }
    }
}
