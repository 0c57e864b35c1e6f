package care.rondo.rest.dto;

import care.rondo.domain.AvailabilityWindow;
import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.DayOfWeek;
import java.time.LocalTime;

@Schema(name = "AvailabilityWindow", description = "a weekly shift window in the team's local time; from < to")
public record AvailabilityWindowDto(
        @NotNull DayOfWeek day,
        @NotNull @JsonFormat(pattern = "HH:mm")
        @Schema(type = SchemaType.STRING, pattern = "HH:mm", example = "07:00") LocalTime from,
        @NotNull @JsonFormat(pattern = "HH:mm")
        @Schema(type = SchemaType.STRING, pattern = "HH:mm", example = "13:30") LocalTime to) {

    public AvailabilityWindow toDomain() {
        return new AvailabilityWindow(day, from, to);
    }

    public static AvailabilityWindowDto of(AvailabilityWindow window) {
        return new AvailabilityWindowDto(window.day(), window.from(), window.to());
    }
}
