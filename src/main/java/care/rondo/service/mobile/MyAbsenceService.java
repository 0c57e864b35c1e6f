package care.rondo.service.mobile;

import care.rondo.domain.AbsenceKind;
import care.rondo.domain.NurseAbsence;
import care.rondo.service.AbsenceService;
import care.rondo.service.FieldErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A nurse reports her own absence from the phone: "sick today" (from now to midnight) or whole days from-to.
 * The caseload's absence rules apply, which also flag the accepted rosters it touches for a re-plan.
 */
@ApplicationScoped
public class MyAbsenceService {

    @jakarta.inject.Inject
    java.time.Clock clock;

    @Inject
    CurrentNurse currentNurse;

    @Inject
    AbsenceService absences;

    @Transactional
    public NurseAbsence report(boolean sickToday, LocalDate from, LocalDate to, AbsenceKind kind, String note) {
        Me me = currentNurse.require();
        ZoneId zone = ZoneId.of(me.team().timeZone);
        Instant start;
        Instant end;
        if (sickToday) {
            LocalDate today = LocalDate.now(clock.withZone(zone));
            start = clock.instant();
            end = today.plusDays(1).atStartOfDay(zone).toInstant();
            kind = AbsenceKind.SICKNESS;
        } else {
            FieldErrors errors = new FieldErrors();
            if (from == null) {
                errors.add("from", "is required unless sickToday is true");
            }
            if (to == null) {
                errors.add("to", "is required unless sickToday is true");
            }
            errors.throwIfAny();
            start = from.atStartOfDay(zone).toInstant();
            end = to.plusDays(1).atStartOfDay(zone).toInstant();
        }
        return absences.create(me.team().id, me.nurse().id,
                new AbsenceService.AbsenceData(kind == null ? AbsenceKind.SICKNESS : kind, start, end, note));
    }
}
