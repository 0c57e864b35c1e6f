package care.rondo.rest.dto;

import care.rondo.domain.Role;
import care.rondo.service.AccountService;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AccountRequest")
public record AccountRequest(
        @NotBlank @Size(max = 80) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "may hold letters, digits and . _ @ - only")
        String username,
        @Schema(description = "required on create; on update only to change it") @Size(min = 8, max = 200) String password,
        @NotNull Role role,
        @Schema(description = "required for members, empty for coordinators and admins") Long teamId,
        @Schema(description = "the nurse this member is (same team): her /api/me visits and calendar") Long nurseId,
        Boolean active,
        @Schema(description = "the version read; required on update unless If-Match is sent") Long version) {

    public AccountService.AccountData toData() {
        return new AccountService.AccountData(username, password, role, teamId, nurseId, active);
    }
}
