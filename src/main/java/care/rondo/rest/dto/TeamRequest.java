package care.rondo.rest.dto;

import care.rondo.service.TeamService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TeamRequest")
public record TeamRequest(
        @NotBlank @Size(max = 120) String name,
        @Size(max = 120) String neighbourhood,
        @NotNull @Valid GeoPoint office,
        @Schema(defaultValue = "Europe/Amsterdam") @Size(max = 64) String timeZone,
        @Schema(description = "archive instead of delete") Boolean archived,
        @Schema(description = "the version read; required on update unless If-Match is sent") Long version) {

    public TeamService.TeamData toData() {
        return new TeamService.TeamData(name, neighbourhood, office.latitude(), office.longitude(), timeZone,
                archived);
    }
}
