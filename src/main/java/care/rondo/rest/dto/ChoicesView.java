package care.rondo.rest.dto;

import care.rondo.domain.AbsenceKind;
import care.rondo.domain.ContinuityImportance;
import care.rondo.domain.TravelMode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Arrays;
import java.util.List;

/**
 * The fixed choices the team's forms offer, each value with the words the page shows, so that the page keeps no
 * copy of the server's enums: a value added here shows up in the forms without a change to the page.
 */
@Schema(name = "Choices")
public record ChoicesView(List<Choice> travelModes, TravelMode newNurseTravelMode, List<Choice> absenceKinds,
                          @Schema(description = "how much continuity may matter to a client, least first")
                          List<Choice> continuityImportances) {

    /** One option: {@code value} is what the API takes, {@code label} what a person reads. */
    @Schema(name = "Choice")
    public record Choice(String value, String label) {
    }

    public static ChoicesView current() {
        return new ChoicesView(
                Arrays.stream(TravelMode.values()).map(m -> new Choice(m.name(), m.label())).toList(),
                TravelMode.FOR_A_NEW_NURSE,
                Arrays.stream(AbsenceKind.values()).map(k -> new Choice(k.name(), k.label())).toList(),
                Arrays.stream(ContinuityImportance.values()).map(c -> new Choice(c.name(), c.label())).toList());
    }
}
