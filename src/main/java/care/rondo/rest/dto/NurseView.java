package care.rondo.rest.dto;

import care.rondo.domain.Nurse;
import care.rondo.domain.TravelMode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

@Schema(name = "Nurse")
public record NurseView(long id, long teamId, String name, int level, List<String> skills,
                        BigDecimal contractMinHours, BigDecimal contractMaxHours,
                        List<AvailabilityWindowDto> availability, GeoPoint start, TravelMode travelMode,
                        boolean archived, long version, Instant createdAt) {

    public static NurseView of(Nurse nurse) {
        return new NurseView(nurse.id, nurse.teamId, nurse.name, nurse.level, List.copyOf(nurse.skills),
                nurse.contractMinHours, nurse.contractMaxHours,
                nurse.availability.stream().map(AvailabilityWindowDto::of).toList(),
                new GeoPoint(nurse.startLatitude, nurse.startLongitude), nurse.travelMode, nurse.archived,
                nurse.version, nurse.createdAt);
    }
}
