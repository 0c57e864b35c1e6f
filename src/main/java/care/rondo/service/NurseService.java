package care.rondo.service;

import care.rondo.domain.AvailabilityWindow;
import care.rondo.domain.Nurse;
import care.rondo.domain.TravelMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** A team's nurses: members of the team edit them, coordinators read them. */
@ApplicationScoped
public class NurseService {

    private static final Map<String, String> SORTABLE =
            Map.of("name", "name", "level", "level", "createdAt", "createdAt");

    @Inject
    TeamGuard guard;

    public record NurseData(String name, int level, List<String> skills, BigDecimal contractMinHours,
                            BigDecimal contractMaxHours, List<AvailabilityWindow> availability,
                            double startLatitude, double startLongitude, TravelMode travelMode,
                            Boolean archived) {
    }

    public Page<Nurse> list(long teamId, boolean archived, PageRequest request) {
        guard.readable(teamId);
        return Pages.of(Nurse.find("teamId = ?1 and archived = ?2", request.toSort(SORTABLE, "name"),
                teamId, archived), request);
    }

    public Nurse get(long teamId, long id) {
        guard.readable(teamId);
        return find(teamId, id);
    }

    @Transactional
    public Nurse create(long teamId, NurseData data) {
        guard.plannable(teamId);
        validate(data);
        Nurse nurse = new Nurse();
        nurse.teamId = teamId;
        apply(nurse, data);
        nurse.persist();
        return nurse;
    }

    @Transactional
    public Nurse update(long teamId, long id, long expectedVersion, NurseData data) {
        guard.plannable(teamId);
        Nurse nurse = find(teamId, id);
        Versions.check("Nurse", nurse.version, expectedVersion, nurse);
        validate(data);
        apply(nurse, data);
        nurse.flush();
        return nurse;
    }

    /** Archives instead of deleting: past rosters keep naming her. The version is checked only when sent. */
    @Transactional
    public void archive(long teamId, long id, Long expectedVersion) {
        guard.plannable(teamId);
        Nurse nurse = find(teamId, id);
        if (expectedVersion != null) {
            Versions.check("Nurse", nurse.version, expectedVersion, nurse);
        }
        nurse.archived = true;
    }

    static Nurse find(long teamId, long id) {
        return Nurse.findInTeam(teamId, id).orElseThrow(() -> new NotFoundException("Nurse", id));
    }

    private static void validate(NurseData data) {
        FieldErrors errors = new FieldErrors();
        if (data.contractMinHours().compareTo(data.contractMaxHours()) > 0) {
            errors.add("contractMinHours", "must not be more than contractMaxHours");
        }
        CaseloadRules.checkAvailability(data.availability(), errors);
        errors.throwIfAny();
    }

    private static void apply(Nurse nurse, NurseData data) {
        nurse.name = data.name().trim();
        nurse.level = (short) data.level();
        nurse.skills = CaseloadRules.distinct(data.skills());
        nurse.contractMinHours = data.contractMinHours();
        nurse.contractMaxHours = data.contractMaxHours();
        nurse.availability = data.availability().stream()
                .sorted(Comparator.comparing(AvailabilityWindow::day).thenComparing(AvailabilityWindow::from))
                .toList();
        nurse.startLatitude = data.startLatitude();
        nurse.startLongitude = data.startLongitude();
        nurse.travelMode = data.travelMode();
        if (data.archived() != null) {
            nurse.archived = data.archived();
        }
    }
}
