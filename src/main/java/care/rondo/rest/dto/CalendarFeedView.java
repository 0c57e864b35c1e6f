package care.rondo.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CalendarFeed", description = "The secret subscription URL; shown once, keep it private")
public record CalendarFeedView(String url) {
}
