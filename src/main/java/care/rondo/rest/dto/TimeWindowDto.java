package care.rondo.rest.dto;

import care.rondo.domain.TimeWindow;
import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalTime;

@Schema(name = "TimeWindow", description = "bounds the START of a visit, in the team's local time; from <= to "
        + "(equal fixes the start time)")
public record TimeWindowDto(
        @NotNull @JsonFormat(pattern = "HH:mm")
        @Schema(type = SchemaType.STRING, pattern = "HH:mm", example = "07:30") LocalTime from,
        @NotNull @JsonFormat(pattern = "HH:mm")
        @Schema(type = SchemaType.STRING, pattern = "HH:mm", example = "08:30") LocalTime to) {

    public TimeWindow toDomain() {
        return new TimeWindow(from, to);
    }

    public static TimeWindowDto of(TimeWindow window) {
        return new TimeWindowDto(window.from(), window.to());
    }
}
