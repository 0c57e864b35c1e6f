package care.rondo.service.roster;

import care.rondo.domain.Client;
import care.rondo.planning.Location;
import care.rondo.planning.TravelMode;
import care.rondo.routing.RoutingService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Readiness findings of the road network: clients whose address the map cannot reach for a travel mode the team's
 * nurses use (off the network, further than the snap distance from a road, on an island). Their travel times would
 * otherwise silently be straight lines.
 */
@ApplicationScoped
public class RoadReadiness {

    @Inject
    RoutingService routing;

    public ReadinessCheck.Report check(RosterProblem problem) {
        return ReadinessCheck.check(problem).with(findings(problem));
    }

    List<ReadinessCheck.Finding> findings(RosterProblem problem) {
        if (routing.roads().isEmpty() || problem.clients().isEmpty()) {
            return List.of();
        }
        List<Client> clients = new ArrayList<>(new TreeMap<>(problem.clients()).values());
        List<Location> locations = new ArrayList<>();
        for (Client c : clients) {
            locations.add(new Location("c" + c.id, locations.size(), c.latitude, c.longitude));
        }
        Set<TravelMode> modes = problem.nurses().stream().map(n -> TravelMode.valueOf(n.travelMode.name()))
                .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(TravelMode.class)));
        List<ReadinessCheck.Finding> findings = new ArrayList<>();
        for (TravelMode mode : modes) {
            List<Client> unreachable = routing.unreachable(mode, locations).stream().map(clients::get).toList();
            if (unreachable.isEmpty()) {
                continue;
            }
            Set<Long> ids = unreachable.stream().map(c -> c.id).collect(Collectors.toSet());
            List<Long> visitIds = problem.visits().stream().filter(v -> ids.contains(v.clientId)).map(v -> v.id)
                    .sorted().toList();
            String names = unreachable.stream().map(c -> c.name).collect(Collectors.joining(", "));
            findings.add(new ReadinessCheck.Finding(ReadinessCheck.Code.ROAD_UNREACHABLE,
                    "the road map cannot reach the address of " + names + " by "
                            + mode.name().toLowerCase(Locale.ROOT).replace('_', '-') + " (off the network, more than "
                            + Math.round(routing.roads().get().network().maxSnapMeters()) + " m from a road, or cut "
                            + "off): travel to " + (unreachable.size() == 1 ? "it" : "them")
                            + " is a straight-line guess until the address is corrected",
                    visitIds, ids.stream().sorted().toList()));
        }
        return findings;
    }
}
