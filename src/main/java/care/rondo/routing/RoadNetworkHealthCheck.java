package care.rondo.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness: up without a map (straight lines) or once the road network is loaded; down while building or failed. */
@Readiness
@ApplicationScoped
public class RoadNetworkHealthCheck implements HealthCheck {

    @Inject
    RoutingService routing;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("road-network").status(routing.readyForSolving())
                .withData("state", routing.state().name()).withData("detail", routing.detail()).build();
    }
}
