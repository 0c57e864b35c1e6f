package care.rondo.rest.dto;

import care.rondo.domain.Client;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "Client")
public record ClientView(long id, long teamId, String name, String address, GeoPoint location,
                         @Schema(description = "null for callers outside the team (coordinators, admins)")
                         String notes,
                         List<Long> preferredNurseIds, List<Long> refusedNurseIds, boolean archived, long version,
                         Instant createdAt) {

    public static ClientView of(Client client, boolean showNotes) {
        return new ClientView(client.id, client.teamId, client.name, client.address,
                new GeoPoint(client.latitude, client.longitude), showNotes ? client.notes : null,
                List.copyOf(client.preferredNurseIds), List.copyOf(client.refusedNurseIds), client.archived,
                client.version, client.createdAt);
    }
}
