package care.rondo.rest.dto;

import care.rondo.domain.AbsenceKind;
import care.rondo.domain.NurseAbsence;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

@Schema(name = "Absence", description = "from and to are returned in UTC")
public record AbsenceView(long id, long nurseId, AbsenceKind kind, OffsetDateTime from, OffsetDateTime to,
                          String note, Instant createdAt) {

    public static AbsenceView of(NurseAbsence absence) {
        return new AbsenceView(absence.id, absence.nurseId, absence.kind,
                absence.startsAt.atOffset(ZoneOffset.UTC), absence.endsAt.atOffset(ZoneOffset.UTC),
                absence.note, absence.createdAt);
    }
}
