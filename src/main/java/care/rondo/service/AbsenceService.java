package care.rondo.service;

import care.rondo.domain.AbsenceKind;
import care.rondo.domain.NurseAbsence;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** Leave, sickness and training of a team's nurses: the planner treats each as unavailability. */
@ApplicationScoped
public class AbsenceService {

    @Inject
    care.rondo.service.roster.lifecycle.RealityChanges realityChanges;

    @Inject
    care.rondo.security.CurrentUser user;


    private static final Map<String, String> SORTABLE =
            Map.of("from", "startsAt", "to", "endsAt", "createdAt", "createdAt");
    // Longer absences are almost always a typo in the year; a nurse away that long is archived instead.
    private static final Duration LONGEST = Duration.ofDays(366);

    @Inject
    TeamGuard guard;

    public record AbsenceData(AbsenceKind kind, Instant from, Instant to, String note) {
    }

    /** Absences of a nurse, optionally only those overlapping [from, to). */
    public Page<NurseAbsence> list(long teamId, long nurseId, Instant from, Instant to, PageRequest request) {
        guard.readable(teamId);
        NurseService.find(teamId, nurseId);
        Parameters params = Parameters.with("nurse", nurseId)
                .and("from", from == null ? Instant.EPOCH : from)
                .and("to", to == null ? Instant.parse("9999-12-31T00:00:00Z") : to);
        return Pages.of(NurseAbsence.find("nurseId = :nurse and endsAt > :from and startsAt < :to",
                request.toSort(SORTABLE, "from"), params), request);
    }

    public NurseAbsence get(long teamId, long nurseId, long id) {
        guard.readable(teamId);
        return find(teamId, nurseId, id);
    }

    @Transactional
    public NurseAbsence create(long teamId, long nurseId, AbsenceData data) {
        guard.plannable(teamId);
        NurseService.find(teamId, nurseId);
        FieldErrors errors = new FieldErrors();
        if (!data.to().isAfter(data.from())) {
            errors.add("to", "must be after from");
        } else if (Duration.between(data.from(), data.to()).compareTo(LONGEST) > 0) {
            errors.add("to", "must be at most 366 days after from");
        }
        errors.throwIfAny();
        NurseAbsence absence = new NurseAbsence();
        absence.nurseId = nurseId;
        absence.teamId = teamId;
        absence.kind = data.kind();
        absence.startsAt = data.from();
        absence.endsAt = data.to();
        absence.note = data.note() == null || data.note().isBlank() ? null : data.note().trim();
        absence.persist();
        realityChanges.absenceReported(teamId, nurseId, absence.startsAt, absence.endsAt, user.username());
        return absence;
    }

    /** An absence entered by mistake is removed for good; it carries no history rosters depend on. */
    @Transactional
    public void delete(long teamId, long nurseId, long id) {
        guard.plannable(teamId);
        find(teamId, nurseId, id).delete();
    }

    private static NurseAbsence find(long teamId, long nurseId, long id) {
        return NurseAbsence.findOfNurse(teamId, nurseId, id).orElseThrow(() -> new NotFoundException("Absence", id));
    }
}
