package care.rondo.service.roster.analysis;

import care.rondo.domain.Client;
import care.rondo.domain.Nurse;
import care.rondo.planning.Location;
import care.rondo.planning.PlanningTravelMode;
import care.rondo.routing.RoadTravelTimes;
import care.rondo.routing.RoutingService;
import care.rondo.service.roster.analysis.ReadinessCheck;
import care.rondo.service.roster.problem.RosterProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Readiness findings of the road network: each client (and nurse start address) the map cannot reach for a travel
 * mode the team's nurses use, with the reason: no usable road near, the nearest one further than the snap distance,
 * or a road cut off from the others. Their travel times would otherwise silently be straight lines.
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
        // the nurses' start addresses take part too: they are where every route begins, and with them a team of
        // one or two clients still has others to be connected with
        List<Client> clients = new ArrayList<>(new TreeMap<>(problem.clients()).values());
        List<Location> locations = new ArrayList<>();
        for (Client c : clients) {
            locations.add(new Location("c" + c.id, locations.size(), c.latitude, c.longitude));
        }
        for (Nurse n : problem.nurses()) {
            locations.add(new Location("n" + n.id, locations.size(), n.startLatitude, n.startLongitude));
        }
        Set<PlanningTravelMode> modes = problem.nurses().stream().map(n -> PlanningTravelMode.valueOf(n.travelMode.name()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PlanningTravelMode.class)));
        List<ReadinessCheck.Finding> findings = new ArrayList<>();
        for (PlanningTravelMode mode : modes) {
            for (RoadTravelTimes.Unreachable place : routing.unreachable(mode, locations)) {
                if (place.index() < clients.size()) {
                    Client client = clients.get(place.index());
                    List<Long> visitIds = problem.visits().stream().filter(v -> v.clientId == client.id)
                            .map(v -> v.id).sorted().toList();
                    findings.add(new ReadinessCheck.Finding(ReadinessCheck.Code.ROAD_UNREACHABLE,
                            "the road map cannot reach the address of " + client.name + " by " + modeName(mode)
                                    + ": " + reason(place, mode) + "; travel to it is a straight-line guess until "
                                    + "the address is corrected", visitIds, List.of(client.id)));
                } else if (uses(problem.nurses().get(place.index() - clients.size()), mode)) {
                    Nurse nurse = problem.nurses().get(place.index() - clients.size());
                    findings.add(new ReadinessCheck.Finding(ReadinessCheck.Code.ROAD_UNREACHABLE,
                            "the road map cannot reach the start address of " + nurse.name + " by "
                                    + modeName(mode) + ": " + reason(place, mode) + "; her rides from and to it are "
                                    + "straight-line guesses until the address is corrected", List.of(), List.of()));
                }
            }
        }
        return findings;
    }

    private String reason(RoadTravelTimes.Unreachable place, PlanningTravelMode mode) {
        long allowed = Math.round(routing.roads().orElseThrow().network().maxSnapMeters());
        return switch (place.reason()) {
            case NO_ROAD_NEAR -> "there is no road a " + modeName(mode) + " may use anywhere near (outside the map?)";
            case TOO_FAR_FROM_ROAD -> String.format(Locale.ROOT, "it lies %s from the nearest road a %s may use, "
                    + "more than the %d m allowed (RONDO_MAX_SNAP_METERS)", distance(place.snapMeters()),
                    modeName(mode), allowed);
            case CUT_OFF -> "its nearest road (" + distance(place.snapMeters()) + " away) does not connect with the "
                    + "roads of the other addresses (an island, a private or gated area)";
        };
    }

    private static boolean uses(Nurse nurse, PlanningTravelMode mode) {
        return nurse.travelMode.name().equals(mode.name());
    }

    private static String distance(double meters) {
        return meters >= 1000 ? String.format(Locale.ROOT, "%.1f km", meters / 1000)
                : String.format(Locale.ROOT, "%d m", Math.round(meters));
    }

    static String modeName(PlanningTravelMode mode) {
        return mode.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
