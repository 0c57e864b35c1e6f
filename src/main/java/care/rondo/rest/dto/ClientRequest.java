package care.rondo.rest.dto;

import care.rondo.service.ClientService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ClientRequest")
public record ClientRequest(
        @NotBlank @Size(max = 120) String name,
        @NotBlank @Size(max = 200) String address,
        @NotNull @Valid GeoPoint location,
        @Schema(description = "for the visiting nurse (key safe, dog...); only members of the team read it")
        @Size(max = 4000) String notes,
        @Schema(description = "nurses of this team the client prefers")
        @Size(max = 20) List<@NotNull Long> preferredNurseIds,
        @Schema(description = "nurses of this team never to be planned with this client; none may be preferred")
        @Size(max = 20) List<@NotNull Long> refusedNurseIds,
        @Schema(description = "archive instead of delete; false restores") Boolean archived,
        @Schema(description = "the version read; required on update unless If-Match is sent") Long version) {

    public ClientService.ClientData toData() {
        return new ClientService.ClientData(name, address, location.latitude(), location.longitude(), notes,
                preferredNurseIds, refusedNurseIds, archived);
    }
}
