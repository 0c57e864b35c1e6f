import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Open-loop load at a fixed request rate against a running Rondo, with latency percentiles per endpoint.
 * Run with the JDK alone (single-file source launch, no build):
 *
 * <pre>java src/test/load/LoadBench.java --rate 100 --seconds 60 --solve-seconds 90</pre>
 *
 * Requests go out on a fixed schedule whatever the answers do (no coordinated omission): each latency is counted
 * from the moment the request was due, so a stalled server shows up in the percentiles. Half the requests read
 * {@code GET /api/me/visits?week=W}, half {@code GET R/board}. With {@code --solve-seconds} it first starts a
 * solve of the roster, so the figures are "while a solve runs". Prints p50/p95/p99/max and errors per endpoint
 * and writes the same to {@code bench-results/load-<timestamp>.txt}.
 */
public class LoadBench {

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new LinkedHashMap<>(Map.of("base", "http://localhost:8080", "user", "anna.demo",
                "password", "rondo-demo", "team", "1", "roster", "1", "week", "2026-W49", "rate", "100",
                "seconds", "60", "warmup", "5", "solve-seconds", "0"));
        o.put("results-dir", "bench-results");
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(8)).build();
        String base = o.get("base");
        String token = signIn(http, base, o.get("user"), o.get("password"));
        String roster = base + "/api/teams/" + o.get("team") + "/rosters/" + o.get("roster");
        int solveSeconds = Integer.parseInt(o.get("solve-seconds"));
        if (solveSeconds > 0) {
            HttpResponse<String> solve = http.send(HttpRequest.newBuilder(URI.create(roster + "/solving"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"seconds\":" + solveSeconds
                            + ",\"unimprovedSeconds\":" + solveSeconds + "}")).build(), HttpResponse.BodyHandlers.ofString());
            System.out.println("solve started: HTTP " + solve.statusCode());
        }
        List<Target> targets = List.of(
                new Target("GET /api/me/visits", URI.create(base + "/api/me/visits?week=" + o.get("week"))),
                new Target("GET R/board", URI.create(roster + "/board")));
        double rate = Double.parseDouble(o.get("rate"));
        long warmup = Long.parseLong(o.get("warmup"));
        long seconds = Long.parseLong(o.get("seconds"));
        long periodNanos = (long) (1e9 / rate);
        long start = System.nanoTime();
        long measureFrom = start + TimeUnit.SECONDS.toNanos(warmup);
        long end = measureFrom + TimeUnit.SECONDS.toNanos(seconds);
        AtomicLong sent = new AtomicLong();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        ticker.scheduleAtFixedRate(() -> {
            long n = sent.getAndIncrement();
            long due = start + n * periodNanos;
            if (due >= end) {
                return;
            }
            Target target = targets.get((int) (n % targets.size()));
            HttpRequest request = HttpRequest.newBuilder(target.uri).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).header("Accept-Encoding", "gzip").GET().build();
            http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).whenComplete((response, error) -> {
                if (due < measureFrom) {
                    return;
                }
                long micros = (System.nanoTime() - due) / 1000;
                target.latencies.add(micros);
                if (error != null || response.statusCode() >= 400) {
                    target.errors.incrementAndGet();
                }
            });
        }, 0, periodNanos, TimeUnit.NANOSECONDS);
        Thread.sleep(TimeUnit.NANOSECONDS.toMillis(end - start) + 30_000);
        ticker.shutdownNow();

        String solver;
        try {
            solver = http.send(HttpRequest.newBuilder(URI.create(roster + "/solving"))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            solver = "unknown (" + e + ")";
        }
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "load %s: %.0f req/s for %d s (after %d s warm-up), %d cores here%n",
                base, rate, seconds, warmup, Runtime.getRuntime().availableProcessors()));
        for (Target t : targets) {
            List<Long> sorted = new ArrayList<>(t.latencies);
            Collections.sort(sorted);
            report.append(String.format(Locale.ROOT,
                    "%-20s n=%d errors=%d p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms%n", t.name, sorted.size(),
                    t.errors.get(), pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), pct(sorted, 100)));
        }
        report.append("solver status at the end: ").append(solver.replaceAll("\\s+", " "), 0,
                Math.min(300, solver.replaceAll("\\s+", " ").length())).append('\n');
        System.out.print(report);
        Path dir = Path.of(o.get("results-dir"));
        Files.createDirectories(dir);
        Path file = dir.resolve("load-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".txt");
        Files.writeString(file, report);
        System.out.println("written to " + file);
        System.exit(0);
    }

    private record Target(String name, URI uri, ConcurrentLinkedQueue<Long> latencies, AtomicLong errors) {
        Target(String name, URI uri) {
            this(name, uri, new ConcurrentLinkedQueue<>(), new AtomicLong());
        }
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1000.0;
    }

    private static String signIn(HttpClient http, String base, String user, String password)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("sign-in failed: HTTP " + response.statusCode() + " " + response.body());
        }
        return token.group(1);
    }
}
