package care.rondo.bench;

import care.rondo.security.LocalKeys;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code bench cluster}: the packaged service as N processes on one PostgreSQL of its own (embedded), one solver
 * slot each, the demo team loaded as many times as there are rosters; one team-week roster per team is requested
 * through the first process, and with {@code --kill-one} the last process is killed (SIGKILL) while it solves.
 * Ends with {@code RESULT instances=.. rosters=.. makespan_s=.. per_instance=a,b,c lost=0 duplicated=0}:
 * per_instance counts the rosters each process was seen solving; lost, the rosters that did not end with a
 * proposal or whose job is still there; duplicated, the rosters whose solve ended (wrote its final proposal) more
 * than once. Also the multi-process integration test's engine (ClusterIT).
 */
public final class ClusterTrial {

    static final String USAGE = "usage: bench cluster --instances N --rosters R --seconds S [--kill-one] "
            + "[--jar JAR (default: the one running)] [--work-dir target/cluster-trial]";

    public record Options(int instances, int rosters, int seconds, boolean killOne, Path jar, Path workDir) {
    }

    public record Result(int instances, int rosters, double makespanSeconds, Map<String, Integer> perInstance,
                         int lost, int duplicated, String killed, Map<Long, String> problems) {

        public String line() {
            return String.format(java.util.Locale.ROOT,
                    "RESULT instances=%d rosters=%d makespan_s=%.1f per_instance=%s lost=%d duplicated=%d%s",
                    instances, rosters, makespanSeconds, String.join(",", perInstance.values().stream()
                            .map(String::valueOf).toList()), lost, duplicated, killed == null ? "" : " killed=" + killed);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Options options;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Node> nodes = new ArrayList<>();

    private record Node(String name, int port, int managementPort, Process process) {
    }

    public ClusterTrial(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    /** The jar this process runs from, so the trial works from any folder; the build's jar when run otherwise. */
    private static Path runningJar() {
        String classPath = System.getProperty("java.class.path", "");
        if (classPath.endsWith("quarkus-run.jar") && !classPath.contains(java.io.File.pathSeparator)) {
            return Path.of(classPath).toAbsolutePath();
        }
        return Path.of("target", "quarkus-app", "quarkus-run.jar");
    }

    /** {@code bench cluster ...} from the app's main; returns the exit code. */
    public static int main(String[] args, PrintStream out, PrintStream err) {
        int instances = 2;
        int rosters = 12;
        int seconds = 20;
        boolean killOne = false;
        Path jar = runningJar();
        Path work = Path.of("target", "cluster-trial");
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--instances" -> instances = Integer.parseInt(args[++i]);
                    case "--rosters" -> rosters = Integer.parseInt(args[++i]);
                    case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                    case "--kill-one" -> killOne = true;
                    case "--jar" -> jar = Path.of(args[++i]);
                    case "--work-dir" -> work = Path.of(args[++i]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (instances < 1 || rosters < 1 || seconds < 1 || killOne && instances < 2) {
                throw new IllegalArgumentException("needs instances, rosters, seconds >= 1 (and 2 instances to kill one)");
            }
        } catch (RuntimeException e) {
            err.println("bench cluster: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        try {
            Result result = new ClusterTrial(new Options(instances, rosters, seconds, killOne, jar, work), out).run();
            out.println(result.line());
            return result.lost() == 0 && result.duplicated() == 0 ? 0 : 1;
        } catch (Exception e) {
            err.println("bench cluster failed: " + e);
            e.printStackTrace(err);
            return 1;
        }
    }

    public Result run() throws Exception {
        Files.createDirectories(options.workDir());
        Path data = Files.createTempDirectory(options.workDir(), "pg-");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(data)
                .setCleanDataDirectory(true).start()) {
            LocalKeys keys = LocalKeys.in(options.workDir().resolve("keys"));
            keys.ensure();
            String dbUrl = postgres.getJdbcUrl("postgres", "postgres");
            try {
                // the first alone: it migrates the database and loads the teams
                nodes.add(start(1, dbUrl, keys));
                awaitReady(nodes.get(0), Duration.ofMinutes(3));
                for (int i = 2; i <= options.instances(); i++) {
                    nodes.add(start(i, dbUrl, keys));
                }
                for (Node node : nodes) {
                    awaitReady(node, Duration.ofMinutes(3));
                }
                return trial(postgres);
            } finally {
                stopAll();
            }
        }
    }

    private Result trial(EmbeddedPostgres postgres) throws Exception {
        Node entry = nodes.get(0);
        Map<Long, String> tokens = new LinkedHashMap<>();
        Map<Long, Long> teamOfRoster = new LinkedHashMap<>();
        for (int team = 1; team <= options.rosters(); team++) {
            String login = team == 1 ? "anna.demo" : "anna.demo" + team;
            JsonNode signedIn = call(entry, "POST", "/api/auth/token", null,
                    "{\"username\":\"" + login + "\",\"password\":\"rondo-demo\"}");
            long teamId = signedIn.get("teamId").asLong();
            String token = signedIn.get("accessToken").asText();
            long rosterId = call(entry, "POST", "/api/teams/" + teamId + "/rosters", token,
                    "{\"isoWeek\":\"2027-W10\"}").get("id").asLong();
            tokens.put(rosterId, token);
            teamOfRoster.put(rosterId, teamId);
        }
        String limits = "{\"seconds\":" + options.seconds() + ",\"unimprovedSeconds\":" + options.seconds() + "}";
        out.printf("requesting %d solves through %s%n", tokens.size(), entry.name());
        for (Map.Entry<Long, String> roster : tokens.entrySet()) {
            call(entry, "POST", solving(teamOfRoster, roster.getKey()), roster.getValue(), limits);
        }
        Map<String, Set<Long>> seen = new TreeMap<>();
        nodes.forEach(node -> seen.put(node.name(), new LinkedHashSet<>()));
        String killed = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(120L + 3L * options.seconds() * options.rosters())
                .toNanos();
        while (true) {
            int open = 0;
            for (Map.Entry<Long, String> roster : tokens.entrySet()) {
                JsonNode status = call(entry, "GET", solving(teamOfRoster, roster.getKey()), roster.getValue(), null);
                String state = status.get("solverStatus").asText();
                if (!"NOT_SOLVING".equals(state)) {
                    open++;
                }
                if ("SOLVING".equals(state) && status.hasNonNull("instance")) {
                    seen.computeIfAbsent(status.get("instance").asText(), n -> new LinkedHashSet<>())
                            .add(roster.getKey());
                    Node victim = nodes.get(nodes.size() - 1);
                    if (options.killOne() && killed == null && victim.name().equals(status.get("instance").asText())
                            && status.get("progressPercent").asInt() >= 10) {
                        victim.process().destroyForcibly(); // SIGKILL: no shutdown hook, no hand-over
                        killed = victim.name();
                        out.printf("killed %s while it solved roster %d%n", killed, roster.getKey());
                    }
                }
            }
            if (open == 0) {
                break;
            }
            if (System.nanoTime() > deadline) {
                out.printf("gave up waiting: %d solves still open%n", open);
                break;
            }
            Thread.sleep(250);
        }
        return outcome(postgres, tokens.keySet(), seen, killed);
    }

    private Result outcome(EmbeddedPostgres postgres, Set<Long> rosters, Map<String, Set<Long>> seen,
                           String killed) throws Exception {
        Map<Long, String> problems = new TreeMap<>();
        int duplicated = 0;
        double makespan;
        try (Connection db = postgres.getPostgresDatabase().getConnection(); Statement sql = db.createStatement()) {
            try (ResultSet rows = sql.executeQuery("select id, solver_status, status, best_score, solve_error, "
                    + "(select count(*) from roster_event e where e.roster_id = r.id and e.kind = 'SOLVE_FINISHED') "
                    + "as finals, (select count(*) from scheduled_tasks t where t.task_instance = cast(r.id as text)) "
                    + "as jobs from roster r")) {
                while (rows.next()) {
                    long id = rows.getLong("id");
                    if (!rosters.contains(id)) {
                        continue;
                    }
                    if (!"NOT_SOLVING".equals(rows.getString("solver_status")) || rows.getString("best_score") == null
                            || !"PROPOSED".equals(rows.getString("status")) || rows.getString("solve_error") != null
                            || rows.getInt("jobs") > 0) {
                        problems.put(id, rows.getString("solver_status") + " " + rows.getString("status") + " "
                                + rows.getString("solve_error") + " jobs=" + rows.getInt("jobs"));
                    }
                    if (rows.getInt("finals") > 1) {
                        duplicated++;
                    }
                }
            }
            try (ResultSet span = sql.executeQuery("select extract(epoch from max(solve_ended_at) - "
                    + "min(solve_requested_at)) from roster")) {
                span.next();
                makespan = span.getDouble(1);
            }
        }
        Map<String, Integer> perInstance = new LinkedHashMap<>();
        seen.forEach((name, solved) -> perInstance.put(name, solved.size()));
        return new Result(options.instances(), rosters.size(), makespan, perInstance, problems.size(), duplicated,
                killed, problems);
    }

    private static String solving(Map<Long, Long> teamOfRoster, long rosterId) {
        return "/api/teams/" + teamOfRoster.get(rosterId) + "/rosters/" + rosterId + "/solving";
    }

    private Node start(int number, String dbUrl, LocalKeys keys) throws IOException {
        String name = "node-" + number;
        int port = freePort();
        int management = freePort();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-jar", options.jar().toAbsolutePath().toString());
        Map<String, String> env = builder.environment();
        env.put("DB_URL", dbUrl);
        env.put("DB_USER", "postgres");
        env.put("DB_PASSWORD", "postgres");
        env.put("JWT_SIGN_KEY", keys.privateKey().toUri().toString());
        env.put("JWT_VERIFY_KEY", keys.publicKey().toUri().toString());
        env.put("PORT", Integer.toString(port));
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("MANAGEMENT_PORT", Integer.toString(management));
        env.put("MANAGEMENT_HOST", "127.0.0.1");
        env.put("RONDO_INSTANCE_NAME", name);
        env.put("RONDO_SOLVER_PARALLEL_SOLVERS", "1");
        env.put("RONDO_DEMO_ENABLED", "true");
        env.put("RONDO_DEMO_TEAMS", Integer.toString(options.rosters()));
        // a killed process's job is taken over within seconds
        env.put("RONDO_SOLVER_JOB_HEARTBEAT", "PT1S");
        env.put("RONDO_SOLVER_JOB_MISSED_HEARTBEATS", "4");
        env.put("RONDO_SOLVER_STALE_AFTER", "PT5S");
        env.put("RONDO_SOLVER_PERSIST_INTERVAL", "PT1S");
        env.put("RONDO_SIGNIN_ADDRESS_FAILURES", "1000");
        builder.redirectErrorStream(true);
        builder.redirectOutput(options.workDir().resolve(name + ".log").toFile());
        out.printf("starting %s (port %d, management %d)%n", name, port, management);
        return new Node(name, port, management, builder.start());
    }

    private void awaitReady(Node node, Duration limit) throws InterruptedException {
        long until = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < until) {
            if (!node.process().isAlive()) {
                throw new IllegalStateException(node.name() + " exited; see its log in " + options.workDir());
            }
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + node.managementPort() + "/q/health/ready")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(node.name() + " not ready within " + limit);
    }

    private JsonNode call(Node node, String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.port() + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return JSON.readTree(response.body());
    }

    private void stopAll() {
        for (Node node : nodes) {
            node.process().destroy(); // SIGTERM: a graceful stop
        }
        for (Node node : nodes) {
            try {
                if (!node.process().waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    node.process().destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                node.process().destroyForcibly();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
