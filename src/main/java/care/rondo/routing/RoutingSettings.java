package care.rondo.routing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** Where the map is and how the road network is used; no map configured means straight-line travel times. */
@ConfigMapping(prefix = "rondo.routing")
public interface RoutingSettings {

    /** The OpenStreetMap extract (.osm.pbf) of the team's region; unset: straight lines as before. */
    Optional<String> osmFile();

    /** Folder of the imported road graphs, built once per extract and loaded at later starts. */
    @WithDefault(".local-graph")
    String graphCache();

    /** An address further than this from a usable road is unreachable (a readiness finding). */
    @WithDefault("300")
    double maxSnapMeters();

    /** Threads that search a matrix in parallel; 0 means one per processor. */
    @WithDefault("0")
    int threads();
}
