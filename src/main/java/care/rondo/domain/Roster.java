package care.rondo.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.annotations.DynamicUpdate;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** One team's plan for one ISO week (Monday to Sunday in the team's time zone). */
@Entity
// Only changed columns are written: the solve's lease, status and heartbeat are set by conditional bulk updates, and
// a full-row write from a request that read the roster before a claim (an override, say) put the old lease back,
// so the running solve's next write was refused and the roster ended without its proposal.
@DynamicUpdate
public class Roster extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "team_id")
    public long teamId;
    @Column(name = "week_start")
    public LocalDate weekStart;
    @Column(name = "iso_week")
    public String isoWeek;
    @Column(name = "time_zone")
    public String timeZone;
    @Enumerated(EnumType.STRING)
    public RosterStatus status = RosterStatus.DRAFT;
    @Enumerated(EnumType.STRING)
    @Column(name = "solver_status")
    public SolverStatus solverStatus = SolverStatus.NOT_SOLVING;
    @Column(name = "solve_requested_at")
    public Instant solveRequestedAt;
    @Column(name = "solve_started_at")
    public Instant solveStartedAt;
    @Column(name = "solve_deadline")
    public Instant solveDeadline;
    @Column(name = "solve_heartbeat_at")
    public Instant solveHeartbeatAt;
    @Column(name = "solve_ended_at")
    public Instant solveEndedAt;
    @Column(name = "solve_error")
    public String solveError;
    /** The instance that solves (or last solved) this roster, by RONDO_INSTANCE_NAME. */
    @Column(name = "solve_instance")
    public String solveInstance;
    /** Raised by each instance that takes the solve on; its writes name it (SolutionStore). */
    @Column(name = "solve_lease")
    public long solveLease;
    @Column(name = "best_score")
    public String bestScore;
    @Column(name = "best_score_at")
    public Instant bestScoreAt;
    public Boolean feasible;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "based_on_roster_id")
    public Long basedOnRosterId;
    @Column(name = "freeze_at")
    public Instant freezeAt;
    @Column(name = "accepted_version")
    public Integer acceptedVersion;
    @Column(name = "accepted_by")
    public String acceptedBy;
    @Column(name = "accepted_at")
    public Instant acceptedAt;
    /** Reality changed after acceptance (an absence, a cancellation): the team should re-plan. */
    @Column(name = "needs_replan")
    public boolean needsReplan;
    /** Set on every change the team makes, so that the version moves and concurrent editors see it. */
    @Column(name = "updated_at")
    public Instant updatedAt = EntityClock.now();
    @Version
    public long version;
    @Column(name = "created_at", updatable = false)
    public Instant createdAt = EntityClock.now();

    /** The roster, if it is one of the team's: a roster id alone never reaches across teams. */
    public static Optional<Roster> findInTeam(long teamId, long id) {
        return find("id = ?1 and teamId = ?2", id, teamId).firstResultOptional();
    }

    /** {@link #findInTeam} with the roster's row locked until the transaction ends. */
    public static Optional<Roster> findInTeamForChange(long teamId, long id) {
        return find("id = ?1 and teamId = ?2", id, teamId).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** How many rosters of the team's week are still open (not published): at most one may be. */
    public static long countOpen(long teamId, java.time.LocalDate weekStart) {
        return count("teamId = ?1 and weekStart = ?2 and status not in ?3", teamId, weekStart,
                RosterStatus.PUBLISHED);
    }
}
