package care.rondo;

/**
 * A JVM that starts the embedded PostgreSQL the way {@link Rondo} does (with its recovery) and then idles, for
 * {@link KilledServiceRestartTest} to kill with SIGKILL.
 */
public final class EmbeddedPostgresChild {

    static final String READY = "EMBEDDED-POSTGRES-READY ";

    private EmbeddedPostgresChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        Rondo.startEmbeddedPostgres();
        System.out.println(READY + System.getProperty("quarkus.datasource.jdbc.url"));
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
