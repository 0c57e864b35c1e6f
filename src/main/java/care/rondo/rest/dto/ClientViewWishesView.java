package care.rondo.rest.dto;

import care.rondo.domain.ContinuityImportance;
import care.rondo.service.client.ClientViewWishesService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

@Schema(name = "ClientViewWishes", description = "What matters to the client, as her link shows it: her care plans by "
        + "name, her time-of-day wishes, continuity, her own words and the nurses she may name (first names only, "
        + "from the accepted rosters of the recent weeks); version 0 when none are saved yet")
public record ClientViewWishesView(
        @Schema(description = "whether the team lets this link change them; false: read only, a PUT answers 403")
        boolean editable,
        @Schema(description = "her care plans in force: what a time wish names") List<CarePlan> carePlans,
        @Schema(description = "her time-of-day wishes on those care plans") List<TimeWishDto> timeWishes,
        ContinuityImportance continuityImportance,
        @Schema(description = "what continuityImportance may be, least first, in the page's two languages")
        List<ContinuityChoice> continuityChoices,
        @Schema(description = "a few words in her own voice, shown to the visiting nurse") String ownWords,
        @Schema(description = "the nurses she may like or rather not see: who visited her in the accepted rosters of "
                + "the recent weeks (or will next week) and those she already named") List<Nurse> nurses,
        Instant updatedAt,
        @Schema(description = "send it back with a change (or as If-Match)") long version) {

    @Schema(name = "ClientViewCarePlan")
    public record CarePlan(long carePlanId, @Schema(description = "the care plan's plain name") String name,
                           @Schema(description = "the weekdays it has visits on: what a wish for one weekday may name")
                           List<java.time.DayOfWeek> days) {
    }

    @Schema(name = "ClientViewNurse")
    public record Nurse(@Schema(description = "the nurse's key for this link only; send it to like or avoid her")
                        String key,
                        String firstName,
                        @Schema(description = "she likes to see this nurse") boolean liked,
                        @Schema(description = "she would rather not see this nurse") boolean avoided) {
    }

    /** One answer to "how much does seeing the same nurses matter?": the value to send and its words. */
    @Schema(name = "ClientViewContinuityChoice")
    public record ContinuityChoice(ContinuityImportance value, @Schema(description = "in English") String en,
                                   @Schema(description = "in Dutch") String nl) {
    }

    public static ClientViewWishesView of(ClientViewWishesService.OwnWishes w) {
        return new ClientViewWishesView(w.editable(),
                w.carePlans().stream().map(p -> new CarePlan(p.carePlanId(), p.name(), p.days())).toList(),
                w.timeWishes().stream().map(TimeWishDto::of).toList(), w.continuityImportance(),
                Arrays.stream(ContinuityImportance.values())
                        .map(c -> new ContinuityChoice(c, c.label(), c.dutchLabel())).toList(), w.ownWords(),
                w.nurses().stream().map(n -> new Nurse(n.key(), n.firstName(), n.liked(), n.avoided())).toList(),
                w.updatedAt(), w.version());
    }
}
