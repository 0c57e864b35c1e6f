package care.rondo.routing;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens the road network of an extract for {@link RoutingService}'s loader thread. A bean of its own so that a
 * test can hold the map "still loading" for as long as it needs to look at the service meanwhile.
 */
@ApplicationScoped
public class RoadNetworkLoader {

    public RoadNetwork load(Path osmFile, Path graphCache, double maxSnapMeters, int threads) throws IOException {
        return RoadNetwork.load(osmFile, graphCache, maxSnapMeters, threads);
    }
}
