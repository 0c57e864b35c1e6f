package care.rondo.rest.dto;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CancelVisitRequest")
public record CancelVisitRequest(@Size(max = 200) String reason,
                                 @Schema(description = "required unless If-Match is sent") Long rosterVersion) {
}
