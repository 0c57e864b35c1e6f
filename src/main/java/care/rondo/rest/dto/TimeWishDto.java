package care.rondo.rest.dto;

import care.rondo.domain.TimeWish;
import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.DayOfWeek;
import java.time.LocalTime;

@Schema(name = "TimeWish", description = "the client's preferred start of one care plan's visits, team's local time; "
        + "a weekday wish overrides the every-day one on that day")
public record TimeWishDto(
        @NotNull Long carePlanId,
        @Schema(description = "null = every day of the plan") DayOfWeek weekday,
        @JsonFormat(pattern = "HH:mm")
        @Schema(type = SchemaType.STRING, pattern = "HH:mm", example = "08:30",
                description = "not before (the nurse waits for it when the window allows)") LocalTime notBefore,
        @JsonFormat(pattern = "HH:mm")
        @Schema(type = SchemaType.STRING, pattern = "HH:mm", example = "10:00", description = "not after")
        LocalTime notAfter) {

    public TimeWish toDomain() {
        return new TimeWish(carePlanId, weekday, notBefore, notAfter);
    }

    public static TimeWishDto of(TimeWish wish) {
        return new TimeWishDto(wish.carePlanId(), wish.weekday(), wish.notBefore(), wish.notAfter());
    }
}
