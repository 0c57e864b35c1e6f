package care.rondo.rest.dto;

import care.rondo.domain.ClientWishes;
import care.rondo.domain.ContinuityImportance;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "ClientWishes", description = "what matters to the client; version 0 when none are saved yet")
public record ClientWishesView(long clientId, List<TimeWishDto> timeWishes, List<Long> likedNurseIds,
                               List<Long> avoidedNurseIds, ContinuityImportance continuityImportance,
                               String ownWords, Instant updatedAt, long version) {

    public static ClientWishesView of(ClientWishes wishes) {
        return new ClientWishesView(wishes.clientId, wishes.timeWishes.stream().map(TimeWishDto::of).toList(),
                List.copyOf(wishes.likedNurseIds), List.copyOf(wishes.avoidedNurseIds), wishes.continuityImportance,
                wishes.ownWords, wishes.updatedAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS), wishes.version);
    }
}
