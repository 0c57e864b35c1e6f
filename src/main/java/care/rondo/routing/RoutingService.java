package care.rondo.routing;

import care.rondo.planning.GreatCircleTravelTimeMatrix;
import care.rondo.planning.Location;
import care.rondo.planning.PlanningTravelMode;
import care.rondo.planning.TravelTimeMatrix;
import care.rondo.planning.TravelTimeSource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The road network of the configured extract, loaded (or first built) on a thread of its own at start, so health
 * and the API answer meanwhile. Until it is ready {@link #state()} says so: solves are refused with a 409 rather
 * than planned on straight lines, and the board shows straight-line estimates.
 */
@ApplicationScoped
public class RoutingService {

    private static final Logger LOG = Logger.getLogger(RoutingService.class);

    public enum State { NOT_CONFIGURED, LOADING, READY, FAILED }

    @Inject
    RoutingSettings settings;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RoadNetworkLoader loader;

    private volatile State state = State.NOT_CONFIGURED;
    private volatile String detail = "no map configured (RONDO_OSM_FILE): straight-line travel times";
    private volatile RoadTravelTimes roads;
    /** When the map load began, on the monotonic clock: only the elapsed time is ever shown. */
    private volatile long loadingSinceNanos;
    private Thread loaderThread;

    void onStart(@Observes StartupEvent event) {
        settings.osmFile().filter(f -> !f.isBlank()).ifPresent(this::startLoading);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (loaderThread != null) {
            loaderThread.interrupt();
        }
        RoadTravelTimes loaded = roads;
        if (loaded != null) {
            loaded.network().close();
        }
    }

    private void startLoading(String osmFile) {
        state = State.LOADING;
        loadingSinceNanos = System.nanoTime();
        detail = "building or loading the road graph of " + osmFile;
        LOG.infof("Road network: loading %s (graph cache %s)", osmFile, settings.graphCache());
        loaderThread = new Thread(() -> load(Path.of(osmFile)), "rondo-road-graph");
        loaderThread.setDaemon(true);
        loaderThread.start();
        Thread progress = new Thread(this::reportProgress, "rondo-road-graph-progress");
        progress.setDaemon(true);
        progress.start();
    }

    private void load(Path osmFile) {
        try {
            int threads = settings.threads() > 0 ? settings.threads() : Runtime.getRuntime().availableProcessors();
            RoadNetwork network = loader.load(osmFile, Path.of(settings.graphCache()), settings.maxSnapMeters(),
                    threads);
            roads = new RoadTravelTimes(network, new TravelTimeCache(dataSource));
            detail = "road network " + network.version() + " ready after "
                    + Duration.ofNanos(System.nanoTime() - loadingSinceNanos).toSeconds() + " s";
            state = State.READY;
            LOG.info("Road network: " + detail);
        } catch (Exception | OutOfMemoryError e) {
            detail = "could not load the map " + osmFile + ": " + e;
            state = State.FAILED;
            LOG.error("Road network: " + detail, e);
        }
    }

    /** GraphHopper logs its import phases; this says every 15 s that the build still runs. */
    private void reportProgress() {
        while (state == State.LOADING) {
            try {
                Thread.sleep(15_000);
            } catch (InterruptedException e) {
                return;
            }
            if (state == State.LOADING) {
                LOG.infof("Road network: still building the road graph (%d s so far)",
                        Duration.ofNanos(System.nanoTime() - loadingSinceNanos).toSeconds());
            }
        }
    }

    public State state() {
        return state;
    }

    public String detail() {
        return detail;
    }

    /** The road network when ready. */
    public Optional<RoadTravelTimes> roads() {
        return state == State.READY ? Optional.ofNullable(roads) : Optional.empty();
    }

    /** True when travel times come from straight lines by configuration, or from the ready road network. */
    public boolean readyForSolving() {
        return state == State.NOT_CONFIGURED || state == State.READY;
    }

    /** Road travel times when the map is ready, straight lines otherwise. */
    public TravelTimeSource travelTimes() {
        return roads().<TravelTimeSource>map(RoutingService::source).orElse(TravelTimeSource.STRAIGHT_LINE);
    }

    /**
     * A matrix from the road network; pairs the map cannot connect take the straight-line estimate so the solver
     * still has a number, and readiness names the client concerned ({@link #unreachable}).
     */
    static TravelTimeSource source(RoadTravelTimes roads) {
        return (mode, locations) -> {
            long[][] seconds = roads.matrix(mode, points(locations)).seconds();
            TravelTimeMatrix straight = GreatCircleTravelTimeMatrix.forMode(locations, mode, 3600);
            return (from, to) -> {
                long time = seconds[from.index()][to.index()];
                return time >= 0 ? time : straight.travelTime(from, to);
            };
        };
    }

    /** The locations the road network cannot reach for this mode, with the reason (empty without a ready map). */
    public List<RoadTravelTimes.Unreachable> unreachable(PlanningTravelMode mode, List<Location> locations) {
        return roads().map(r -> r.unreachable(mode, points(locations))).orElse(List.of());
    }

    static List<RoadNetwork.Point> points(List<Location> locations) {
        return locations.stream().map(l -> new RoadNetwork.Point(l.x(), l.y())).toList();
    }
}
