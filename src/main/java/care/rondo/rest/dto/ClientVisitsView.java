package care.rondo.rest.dto;

import care.rondo.domain.CancellationRequest;
import care.rondo.service.client.ClientLinkService;
import com.fasterxml.jackson.annotation.JsonFormat;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

@Schema(name = "ClientVisits", description = "What the client or her relative sees: this week's and next week's "
        + "visits of the accepted roster, a time range and the nurses' first names; nothing else")
public record ClientVisitsView(
        @Schema(description = "the relative the link was given to; null when it is the client's own")
        String relativeName,
        @Schema(description = "the team's time zone; every time is local to it") String timeZone,
        LocalDate today,
        List<Week> weeks) {

    @Schema(name = "ClientWeek")
    public record Week(String isoWeek, LocalDate monday, List<Visit> visits) {
    }

    @Schema(name = "ClientVisit")
    public record Visit(
            @Schema(description = "the visit's identity across re-plans") long visitId,
            LocalDate date,
            @JsonFormat(pattern = "HH:mm") @Schema(type = SchemaType.STRING, pattern = "HH:mm", example = "09:00")
            LocalTime from,
            @JsonFormat(pattern = "HH:mm") @Schema(type = SchemaType.STRING, pattern = "HH:mm", example = "10:00")
            LocalTime to,
            @Schema(description = "first names; two for a double-handed visit") List<String> nurses,
            @Schema(description = "her request that it is not needed: null, OPEN (the team has not answered yet) or "
                    + "DECLINED (the visit stays); a confirmed one removes the visit from this view",
                    enumeration = {"OPEN", "DECLINED"}) String cancellation,
            @Schema(description = "she asked that it is not needed and the team has not answered yet")
            boolean requestOpen,
            @Schema(description = "she asked that it is not needed and the team decided it goes ahead")
            boolean requestDeclined) {
    }

    public static ClientVisitsView of(ClientLinkService.ClientVisits v) {
        return new ClientVisitsView(v.relativeName(), v.timeZone(), v.today(), v.weeks().stream()
                .map(w -> new Week(w.isoWeek(), w.monday(), w.visits().stream()
                        .map(x -> new Visit(x.visitId(), x.date(), x.from(), x.to(), x.nurses(),
                                x.cancellation(), CancellationRequest.OPEN.equals(x.cancellation()),
                                CancellationRequest.DECLINED.equals(x.cancellation()))).toList()))
                .toList());
    }
}
