package care.rondo.bench;

/** Placeholder replaced by the benchmark adapters branch. */
public final class BenchMain {
    private BenchMain() {
    }

    public static int run(String[] args) {
        System.err.println("benchmarks not available yet");
        return 2;
    }
}
