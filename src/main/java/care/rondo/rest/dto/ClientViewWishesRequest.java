package care.rondo.rest.dto;

import care.rondo.domain.ContinuityImportance;
import care.rondo.service.client.ClientViewWishesService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ClientViewWishesRequest", description = "replaces what the client may change of her wishes; "
        + "what her link does not show (a wish on an archived care plan) stays as it is")
public record ClientViewWishesRequest(
        @Schema(description = "time-of-day wishes on her care plans (carePlanId from carePlans)")
        @Size(max = 50) List<@NotNull @Valid TimeWishDto> timeWishes,
        @Schema(description = "keys of the listed nurses she likes to see")
        @Size(max = 20) List<@NotNull @Size(max = 64) String> likedNurses,
        @Schema(description = "keys of the listed nurses she would rather not see")
        @Size(max = 20) List<@NotNull @Size(max = 64) String> avoidedNurses,
        @Schema(description = "how much seeing few, familiar nurses matters to her; absent = USUAL")
        ContinuityImportance continuityImportance,
        @Schema(description = "a few words in her own voice, shown to the visiting nurse") @Size(max = 500)
        String ownWords,
        @Schema(description = "the version read; If-Match works too (one of them is required)") Long version) {

    public ClientViewWishesService.OwnWishesData toData() {
        return new ClientViewWishesService.OwnWishesData(
                timeWishes == null ? List.of() : timeWishes.stream().map(TimeWishDto::toDomain).toList(),
                likedNurses, avoidedNurses, continuityImportance, ownWords);
    }
}
