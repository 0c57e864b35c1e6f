package care.rondo.bench;

import java.util.List;

/** A solution in the public format: one route per caregiver, stops in visiting order with service start/end. */
public record HhcrspSolution(List<Route> routes) {

    public record Route(String caregiverId, List<Stop> stops) {
    }

    /** {@code start} is written as {@code arrival_time} (the format's name for the start of service). */
    public record Stop(String patient, String service, double start, double end) {
    }
}
