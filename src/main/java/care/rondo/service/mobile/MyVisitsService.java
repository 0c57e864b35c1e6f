package care.rondo.service.mobile;

import care.rondo.domain.ClientWishes;
import care.rondo.domain.VisitCheck;
import care.rondo.export.ExportRow;
import care.rondo.planning.Location;
import care.rondo.planning.PlanningTravelMode;
import care.rondo.planning.TravelTimeSource;
import care.rondo.routing.RoutingService;
import care.rondo.service.export.AcceptedVisits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The nurse's own accepted visits for a range of days, in the order she rides them. */
@ApplicationScoped
public class MyVisitsService {

    @Inject
    CurrentNurse currentNurse;

    @Inject
    AcceptedVisits accepted;

    @Inject
    RoutingService routing;

    @Transactional
    public List<MyVisit> visits(LocalDate from, LocalDate to) {
        Me me = currentNurse.require();
        List<ExportRow> rows;
        try (Stream<ExportRow> stream = accepted.stream(new AcceptedVisits.Selection(List.of(me.team().id), null,
                from, to, me.nurse().id, true))) {
            rows = stream.filter(r -> !r.cancelled()).toList();
        }
        Map<Long, VisitCheck> checks = rows.isEmpty() ? Map.of()
                : VisitCheck.<VisitCheck>list("nurseId = ?1 and lineageId in ?2", me.nurse().id,
                        rows.stream().map(ExportRow::lineageId).toList()).stream()
                .collect(Collectors.toMap(c -> c.lineageId, Function.identity(), (a, b) -> a));
        Map<Long, String> ownWords = rows.isEmpty() ? Map.of()
                : ClientWishes.<ClientWishes>list("clientId in ?1 and ownWords is not null",
                        rows.stream().map(ExportRow::clientId).distinct().toList()).stream()
                .collect(Collectors.toMap(w -> w.clientId, w -> w.ownWords));
        PlanningTravelMode mode = PlanningTravelMode.valueOf(me.nurse().travelMode.name());
        List<MyVisit> visits = new ArrayList<>();
        int order = 0;
        for (int i = 0; i < rows.size(); i++) {
            ExportRow row = rows.get(i);
            order = i > 0 && rows.get(i - 1).date().equals(row.date()) ? order + 1 : 1;
            ExportRow next = i + 1 < rows.size() && rows.get(i + 1).date().equals(row.date()) ? rows.get(i + 1) : null;
            visits.add(view(row, order, next == null ? null : travelMinutes(row, next, mode, routing.travelTimes()),
                    checks.get(row.lineageId()), ownWords.get(row.clientId())));
        }
        return visits;
    }

    /** The travel times the planner uses (the road map's when one is configured), so the phone and the plan agree. */
    static int travelMinutes(ExportRow from, ExportRow to, PlanningTravelMode mode, TravelTimeSource travelTimes) {
        Location a = new Location("from", 0, from.latitude(), from.longitude());
        Location b = new Location("to", 1, to.latitude(), to.longitude());
        return (int) Math.round(travelTimes.matrix(mode, List.of(a, b)).travelTime(a, b) / 60.0);
    }

    private static MyVisit view(ExportRow r, int order, Integer travel, VisitCheck check, String ownWords) {
        return new MyVisit(r.visitId(), r.lineageId(), r.date(), order, at(r.start()), at(r.end()),
                at(r.windowStart()), at(r.windowEnd()), r.durationMinutes(), r.status().name(),
                r.clientId(), r.clientName(), r.address(), r.latitude(), r.longitude(), r.clientNotes(), ownWords,
                r.partnerNurseName(), travel, r.rosterVersion(),
                check == null ? null : at(check.checkedInAt), check == null ? null : at(check.checkedOutAt));
    }

    /** One timestamp style in the nurse's API: UTC, whole seconds. */
    private static Instant at(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS);
    }
}
