package care.rondo.rest.dto;

import care.rondo.domain.ClientWishes;
import care.rondo.domain.ContinuityImportance;
import care.rondo.domain.WishesChangedBy;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "ClientWishes", description = "what matters to the client; version 0 when none are saved yet")
public record ClientWishesView(long clientId, List<TimeWishDto> timeWishes, List<Long> likedNurseIds,
                               List<Long> avoidedNurseIds, ContinuityImportance continuityImportance,
                               String ownWords, Instant updatedAt,
                               @Schema(description = "who made the last change: the team, or the client (or her "
                                       + "relative) through the client view's link") WishesChangedBy lastChangedBy,
                               long version) {

    public static ClientWishesView of(ClientWishes wishes) {
        return new ClientWishesView(wishes.clientId, wishes.timeWishes.stream().map(TimeWishDto::of).toList(),
                List.copyOf(wishes.likedNurseIds), List.copyOf(wishes.avoidedNurseIds), wishes.continuityImportance,
                wishes.ownWords, wishes.updatedAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS), wishes.lastChangedBy,
                wishes.version);
    }
}
