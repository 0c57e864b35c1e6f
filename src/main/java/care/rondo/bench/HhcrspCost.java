package care.rondo.bench;

/** The benchmark's objective parts; {@link #cost()} is Mankowska's equal-weight total cost. */
public record HhcrspCost(double distance, double totalTardiness, double maxTardiness) {

    public double cost() {
        return (distance + totalTardiness + maxTardiness) / 3.0;
    }
}
