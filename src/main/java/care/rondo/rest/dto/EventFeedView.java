package care.rondo.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "EventFeed", description = "Events after the cursor, oldest first; poll again with after=cursor")
public record EventFeedView(List<EventView> items, long cursor) {
}
