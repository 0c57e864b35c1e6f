package care.rondo.rest.dto;

import care.rondo.domain.ContinuityImportance;
import care.rondo.service.client.ClientWishesService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ClientWishesRequest", description = "replaces all of the client's wishes")
public record ClientWishesRequest(
        @Size(max = 50) List<@NotNull @Valid TimeWishDto> timeWishes,
        @Schema(description = "nurses of this team she likes to see") @Size(max = 20) List<@NotNull Long> likedNurseIds,
        @Schema(description = "nurses she would rather not see (soft; the team's refusal is the hard rule)")
        @Size(max = 20) List<@NotNull Long> avoidedNurseIds,
        @Schema(description = "how much seeing few, familiar nurses matters to her; absent = USUAL")
        ContinuityImportance continuityImportance,
        @Schema(description = "a few words in her own voice, shown to the visiting nurse") @Size(max = 500) String ownWords,
        @Schema(description = "the version read (0 before any were saved); If-Match works too") Long version) {

    public ClientWishesService.WishesData toData() {
        return new ClientWishesService.WishesData(
                timeWishes == null ? List.of() : timeWishes.stream().map(TimeWishDto::toDomain).toList(),
                likedNurseIds, avoidedNurseIds, continuityImportance, ownWords);
    }
}
