package care.rondo.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SolveRequest", description = "Optional limits; the server's defaults and maximum apply")
public record SolveRequest(
        @Schema(description = "stop after this many seconds (default 30)") Integer seconds,
        @Schema(description = "stop when the best score has not improved for this many seconds (default 15)")
        Integer unimprovedSeconds) {
}
