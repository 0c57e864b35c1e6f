package care.rondo.service;

import care.rondo.domain.CarePlan;
import care.rondo.domain.Client;
import care.rondo.domain.Team;
import care.rondo.domain.TimeWindow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Clients' recurring visit requirements, from which the planner generates each week's visits. */
@ApplicationScoped
public class CarePlanService {

    @jakarta.inject.Inject
    java.time.Clock clock;

    private static final Map<String, String> SORTABLE = Map.of("description", "description",
            "priority", "priority", "validFrom", "validFrom", "createdAt", "createdAt");

    @Inject
    TeamGuard guard;

    public record FollowUp(int minGapMinutes, int maxGapMinutes, int durationMinutes) {
    }

    /** {@code validFrom} null means today in the team's time zone; {@code priority} null means 3. */
    public record CarePlanData(String description, List<DayOfWeek> days, List<TimeWindow> windows,
                               int durationMinutes, int minLevel, List<String> skills, int nursesNeeded,
                               FollowUp followUp, Integer priority, LocalDate validFrom, LocalDate validUntil,
                               Boolean archived) {
    }

    public Page<CarePlan> listOfClient(long teamId, long clientId, boolean archived, PageRequest request) {
        guard.readable(teamId);
        ClientService.find(teamId, clientId);
        return Pages.of(CarePlan.find("teamId = ?1 and clientId = ?2 and archived = ?3",
                request.toSort(SORTABLE, "createdAt"), teamId, clientId, archived), request);
    }

    public Page<CarePlan> listOfTeam(long teamId, boolean archived, PageRequest request) {
        guard.readable(teamId);
        return Pages.of(CarePlan.find("teamId = ?1 and archived = ?2", request.toSort(SORTABLE, "createdAt"),
                teamId, archived), request);
    }

    public CarePlan get(long teamId, long clientId, long id) {
        guard.readable(teamId);
        return find(teamId, clientId, id);
    }

    @Transactional
    public CarePlan create(long teamId, long clientId, CarePlanData data) {
        Team team = guard.plannable(teamId);
        Client client = ClientService.find(teamId, clientId);
        if (client.archived) {
            throw new ConflictException("The client is archived: restore her before adding care plans");
        }
        CarePlan plan = new CarePlan();
        plan.teamId = teamId;
        plan.clientId = clientId;
        apply(plan, data, ZoneId.of(team.timeZone));
        plan.persist();
        return plan;
    }

    @Transactional
    public CarePlan update(long teamId, long clientId, long id, long expectedVersion, CarePlanData data) {
        Team team = guard.plannable(teamId);
        CarePlan plan = find(teamId, clientId, id);
        Versions.check("Care plan", plan.version, expectedVersion, plan);
        apply(plan, data, ZoneId.of(team.timeZone));
        plan.flush();
        return plan;
    }

    @Transactional
    public void archive(long teamId, long clientId, long id, Long expectedVersion) {
        guard.plannable(teamId);
        CarePlan plan = find(teamId, clientId, id);
        if (expectedVersion != null) {
            Versions.check("Care plan", plan.version, expectedVersion, plan);
        }
        plan.archived = true;
    }

    private static CarePlan find(long teamId, long clientId, long id) {
        return CarePlan.findOfClient(teamId, clientId, id).orElseThrow(() -> new NotFoundException("Care plan", id));
    }

    /** Validates everything first, then writes: a rejected update leaves the plan as it was. */
    private void apply(CarePlan plan, CarePlanData data, ZoneId zone) {
        LocalDate validFrom = data.validFrom() == null ? LocalDate.now(clock.withZone(zone)) : data.validFrom();
        FieldErrors errors = new FieldErrors();
        CaseloadRules.checkStartWindows(data.windows(), errors);
        if (data.validUntil() != null && data.validUntil().isBefore(validFrom)) {
            errors.add("validUntil", "must not be before validFrom");
        }
        FollowUp followUp = data.followUp();
        if (followUp != null && followUp.maxGapMinutes() < followUp.minGapMinutes()) {
            errors.add("followUp.maxGapMinutes", "must not be less than minGapMinutes");
        }
        errors.throwIfAny();

        plan.description = data.description().trim();
        plan.days = CaseloadRules.distinct(data.days()).stream().sorted().toList();
        plan.windows = data.windows().stream().sorted(Comparator.comparing(TimeWindow::from)).toList();
        plan.durationMinutes = data.durationMinutes();
        plan.minLevel = (short) data.minLevel();
        plan.skills = CaseloadRules.distinct(data.skills());
        plan.nursesNeeded = (short) data.nursesNeeded();
        plan.followupMinGapMinutes = followUp == null ? null : followUp.minGapMinutes();
        plan.followupMaxGapMinutes = followUp == null ? null : followUp.maxGapMinutes();
        plan.followupDurationMinutes = followUp == null ? null : followUp.durationMinutes();
        plan.priority = data.priority() == null ? 3 : data.priority().shortValue();
        plan.validFrom = validFrom;
        plan.validUntil = data.validUntil();
        if (data.archived() != null) {
            plan.archived = data.archived();
        }
    }
}
