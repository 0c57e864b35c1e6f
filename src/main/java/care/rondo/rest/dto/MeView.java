package care.rondo.rest.dto;

import care.rondo.domain.TravelMode;
import care.rondo.service.mobile.Me;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "Me", description = "The signed-in nurse, her team and the team's time zone",
        requiredProperties = {"username", "nurseId", "name", "level", "skills", "travelMode", "teamId", "teamName",
                "timeZone"})
public record MeView(String username, long nurseId, String name, int level, List<String> skills,
                     TravelMode travelMode,
                     long teamId, String teamName, String timeZone) {
    public static MeView of(Me me) {
        return new MeView(me.account().username, me.nurse().id, me.nurse().name, me.nurse().level,
                List.copyOf(me.nurse().skills), me.nurse().travelMode, me.team().id, me.team().name,
                me.team().timeZone);
    }
}
