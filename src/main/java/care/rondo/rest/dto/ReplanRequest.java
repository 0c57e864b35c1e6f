package care.rondo.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(name = "ReplanRequest")
public record ReplanRequest(
        @Schema(description = "visits starting before this stay as they are; default now") OffsetDateTime freezeAt) {
}
