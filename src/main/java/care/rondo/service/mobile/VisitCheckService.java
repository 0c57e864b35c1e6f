package care.rondo.service.mobile;

import care.rondo.domain.RosterEvent;
import care.rondo.domain.RosterSnapshot;
import care.rondo.domain.SnapshotVisit;
import care.rondo.domain.VisitCheck;
import care.rondo.service.ConflictException;
import care.rondo.service.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Map;

/**
 * Check-in and check-out of the nurse's own accepted visits. One record per visit occurrence (lineage) and
 * nurse: a repeated check-in answers 409, and the unique key turns a race between two taps into a 409 too.
 */
@ApplicationScoped
public class VisitCheckService {

    @jakarta.inject.Inject
    java.time.Clock clock;

    @Inject
    CurrentNurse currentNurse;

    /** Where the phone was and what the nurse noted; all optional. */
    public record CheckData(Double latitude, Double longitude, String note) {
        public static final CheckData NONE = new CheckData(null, null, null);
    }

    @Transactional
    public VisitCheck checkIn(long visitId, CheckData data) {
        Me me = currentNurse.require();
        SnapshotVisit visit = acceptedVisitOf(visitId, me.nurse().id);
        if (VisitCheck.count("lineageId = ?1 and nurseId = ?2", visit.lineageId, me.nurse().id) > 0) {
            throw new ConflictException("Already checked in to visit " + visitId);
        }
        VisitCheck check = new VisitCheck();
        check.teamId = me.team().id;
        check.visitId = visitId;
        check.lineageId = visit.lineageId;
        check.nurseId = me.nurse().id;
        check.checkedInAt = clock.instant();
        check.checkInLatitude = data.latitude();
        check.checkInLongitude = data.longitude();
        check.note = blankToNull(data.note());
        try {
            check.persistAndFlush();
        } catch (PersistenceException e) {
            throw new ConflictException("Already checked in to visit " + visitId);
        }
        return check;
    }

    @Transactional
    public VisitCheck checkOut(long visitId, CheckData data) {
        Me me = currentNurse.require();
        SnapshotVisit visit = acceptedVisitOf(visitId, me.nurse().id);
        VisitCheck check = VisitCheck.<VisitCheck>find("lineageId = ?1 and nurseId = ?2", visit.lineageId,
                me.nurse().id).firstResultOptional()
                .orElseThrow(() -> new ConflictException("Not checked in to visit " + visitId + " yet"));
        if (check.checkedOutAt != null) {
            throw new ConflictException("Already checked out of visit " + visitId);
        }
        check.checkedOutAt = clock.instant();
        check.checkOutLatitude = data.latitude();
        check.checkOutLongitude = data.longitude();
        String note = blankToNull(data.note());
        if (note != null) {
            check.note = check.note == null ? note : check.note + "\n" + note;
        }
        RosterEvent.record(me.team().id, null, "VISIT_DONE", me.account().username, visitId,
                Map.of("nurseId", me.nurse().id, "minutes",
                        java.time.Duration.between(check.checkedInAt, check.checkedOutAt).toMinutes()));
        return check;
    }

    /** The visit as the newest accepted version of its week gives it to this nurse; 404 otherwise. */
    private static SnapshotVisit acceptedVisitOf(long visitId, long nurseId) {
        return SnapshotVisit.<SnapshotVisit>list("visitId = ?1 and nurseId = ?2 and cancelled = false", visitId, nurseId)
                .stream().filter(VisitCheckService::isNewest).findFirst()
                .orElseThrow(() -> new NotFoundException("Visit", visitId));
    }

    private static boolean isNewest(SnapshotVisit visit) {
        RosterSnapshot snapshot = RosterSnapshot.findById(visit.snapshotId);
        return RosterSnapshot.count("teamId = ?1 and weekStart = ?2 and versionNumber > ?3", snapshot.teamId,
                snapshot.weekStart, snapshot.versionNumber) == 0;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
