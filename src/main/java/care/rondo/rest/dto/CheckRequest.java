package care.rondo.rest.dto;

import care.rondo.service.mobile.VisitCheckService;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CheckRequest", description = "Optional: where the phone is, and a note on the visit")
public record CheckRequest(@DecimalMin("-90") @DecimalMax("90") Double latitude,
                           @DecimalMin("-180") @DecimalMax("180") Double longitude,
                           @Size(max = 1000) String note) {
    public VisitCheckService.CheckData toData() {
        return new VisitCheckService.CheckData(latitude, longitude, note);
    }
}
