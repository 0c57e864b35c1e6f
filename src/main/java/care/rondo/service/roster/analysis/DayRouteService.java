package care.rondo.service.roster.analysis;

import care.rondo.domain.Client;
import care.rondo.domain.Nurse;
import care.rondo.domain.Roster;
import care.rondo.domain.Visit;
import care.rondo.planning.Location;
import care.rondo.planning.PlanningTravelMode;
import care.rondo.planning.TravelTimeSource;
import care.rondo.routing.RoadNetwork;
import care.rondo.routing.RoadTravelTimes;
import care.rondo.routing.RoutingService;
import care.rondo.service.InvalidInputException;
import care.rondo.service.NotFoundException;
import care.rondo.service.roster.analysis.DayRoute;
import care.rondo.service.roster.lifecycle.RosterService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A nurse's day route as road polylines for the board's route map, computed on demand from the stored visits: a
 * day has a handful of legs and the road network routes a town's leg in milliseconds.
 */
@ApplicationScoped
public class DayRouteService {

    @Inject
    RosterService rosters;

    @Inject
    RoutingService routing;

    /** The point of the route a leg starts or ends at: a visit, or (visitId null) her start address. */
    private record Stop(Long visitId, double latitude, double longitude) {
    }

    public DayRoute route(long teamId, long rosterId, long nurseId, LocalDate date) {
        Roster roster = rosters.get(teamId, rosterId);
        Nurse nurse = Nurse.findInTeam(teamId, nurseId).orElseThrow(() -> new NotFoundException("Nurse", nurseId));
        if (date.isBefore(roster.weekStart) || date.isAfter(roster.weekStart.plusDays(6))) {
            throw new InvalidInputException("date", "must be a day of the roster's week " + roster.isoWeek + " ("
                    + roster.weekStart + " to " + roster.weekStart.plusDays(6) + ")");
        }
        List<Visit> visits = Visit.<Visit>list("rosterId = ?1 and nurseId = ?2 and visitDate = ?3 and cancelled = false",
                rosterId, nurseId, date).stream()
                .sorted(Comparator.comparing((Visit v) -> v.plannedStart, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(v -> v.routeIndex, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(v -> v.id))
                .toList();
        Map<Long, Client> clients = visits.isEmpty() ? Map.of()
                : Client.<Client>list("id in ?1", visits.stream().map(v -> v.clientId).distinct().toList()).stream()
                .collect(Collectors.toMap(c -> c.id, Function.identity()));
        PlanningTravelMode mode = PlanningTravelMode.valueOf(nurse.travelMode.name());
        Stop home = new Stop(null, nurse.startLatitude, nurse.startLongitude);
        List<Stop> stops = new ArrayList<>();
        stops.add(home);
        for (Visit visit : visits) {
            Client client = clients.get(visit.clientId);
            stops.add(new Stop(visit.id, client.latitude, client.longitude));
        }
        stops.add(home);
        Optional<RoadTravelTimes> roads = routing.roads();
        List<DayRoute.RouteLeg> legs = new ArrayList<>();
        if (!visits.isEmpty()) {
            for (int i = 0; i + 1 < stops.size(); i++) {
                legs.add(leg(roads, mode, stops.get(i), stops.get(i + 1)));
            }
        }
        return new DayRoute("FeatureCollection", nurseId, date, mode.name(),
                roads.isPresent() ? DayRoute.ROAD : DayRoute.STRAIGHT_LINE, roads.isPresent(), legs);
    }

    private static DayRoute.RouteLeg leg(Optional<RoadTravelTimes> roads, PlanningTravelMode mode, Stop from, Stop to) {
        Optional<RoadNetwork.Leg> road = roads.flatMap(r -> r.network().leg(mode,
                new RoadNetwork.Point(from.latitude(), from.longitude()),
                new RoadNetwork.Point(to.latitude(), to.longitude())));
        List<List<Double>> coordinates = new ArrayList<>();
        long seconds;
        boolean followsRoad = road.isPresent() && road.get().points().size() >= 2;
        if (followsRoad) {
            road.get().points().forEach(p -> coordinates.add(List.of(p[1], p[0])));
            seconds = road.get().seconds();
        } else {
            coordinates.add(List.of(from.longitude(), from.latitude()));
            coordinates.add(List.of(to.longitude(), to.latitude()));
            Location a = new Location("from", 0, from.latitude(), from.longitude());
            Location b = new Location("to", 1, to.latitude(), to.longitude());
            seconds = TravelTimeSource.STRAIGHT_LINE.matrix(mode, List.of(a, b)).travelTime(a, b);
        }
        return new DayRoute.RouteLeg("Feature", new DayRoute.LineString("LineString", coordinates),
                new DayRoute.LegProperties(from.visitId(), to.visitId(), followsRoad, seconds));
    }
}
