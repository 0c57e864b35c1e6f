package care.rondo.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Holds the map "still loading" until the test opens the gate, so that what the service says meanwhile (readiness
 * down, solves refused) is looked at without racing the import. Selected by {@link LiechtensteinMapProfile} only.
 */
@Alternative
@ApplicationScoped
public class GatedRoadNetworkLoader extends RoadNetworkLoader {

    private static final CountDownLatch GATE = new CountDownLatch(1);

    public static void open() {
        GATE.countDown();
    }

    @Override
    public RoadNetwork load(Path osmFile, Path graphCache, double maxSnapMeters, int threads) throws IOException {
        try {
            GATE.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("stopped while waiting for the test to open the gate");
        }
        return super.load(osmFile, graphCache, maxSnapMeters, threads);
    }
}
