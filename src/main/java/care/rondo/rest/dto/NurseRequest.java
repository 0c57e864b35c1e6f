package care.rondo.rest.dto;

import care.rondo.domain.TravelMode;
import care.rondo.service.NurseService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

@Schema(name = "NurseRequest")
public record NurseRequest(
        @NotBlank @Size(max = 120) String name,
        @Schema(description = "2 helper, 3 certified carer, 4 nurse (MBO), 5 bachelor nurse (HBO)")
        @NotNull @Min(2) @Max(5) Integer level,
        @Size(max = 30)
        List<@NotNull @Pattern(regexp = SkillCodes.PATTERN, message = SkillCodes.MESSAGE) String> skills,
        @NotNull @DecimalMin("0") @DecimalMax("60") @Digits(integer = 2, fraction = 2) BigDecimal contractMinHours,
        @NotNull @DecimalMin("0") @DecimalMax("60") @Digits(integer = 2, fraction = 2) BigDecimal contractMaxHours,
        @Schema(description = "several windows per day allowed; windows of one day must not overlap")
        @Size(max = 50) List<@NotNull @Valid AvailabilityWindowDto> availability,
        @Schema(description = "where her day starts and ends (home or team office)") @NotNull @Valid GeoPoint start,
        @NotNull TravelMode travelMode,
        @Schema(description = "archive instead of delete; false restores") Boolean archived,
        @Schema(description = "the version read; required on update unless If-Match is sent") Long version) {

    public NurseService.NurseData toData() {
        return new NurseService.NurseData(name, level, skills,
                contractMinHours, contractMaxHours,
                availability == null ? List.of() : availability.stream().map(AvailabilityWindowDto::toDomain).toList(),
                start.latitude(), start.longitude(), travelMode, archived);
    }
}
