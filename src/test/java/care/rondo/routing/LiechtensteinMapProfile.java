package care.rondo.routing;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;
import java.util.Set;

/** The service with the Liechtenstein extract configured, its loading held by a gate, solves count-limited. */
public class LiechtensteinMapProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        // a graph folder of its own: the plain unit tests keep theirs (target/graphs) open in the same JVM
        return Map.of("rondo.routing.osm-file", LiechtensteinMap.OSM_FILE.toString(),
                "rondo.routing.graph-cache", "target/graphs-service",
                "rondo.routing.max-snap-meters", "300");
    }

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(GatedRoadNetworkLoader.class, CountLimitedSolverFactory.class);
    }
}
