import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The re-plan stability check of issue 12 against a running Rondo, through its REST API only (JDK
 * {@code java.net.http}, single-file source launch, no build):
 *
 * <pre>java src/test/load/ReplanCheck.java --base http://localhost:8080 [--week 2026-W51] [--absent-day WED]</pre>
 *
 * As the demo member ({@code anna.demo}) it creates the demo team's roster of a coming week (by default the first
 * ISO week after the current one that has no roster yet, so repeated runs on one database each get a fresh week),
 * solves it ({@code --accept-seconds}, 30; {@code --accept-unimproved-seconds} optional), accepts it, reports the nurse with the most visits on the absent day
 * (default Wednesday) sick for that whole day ({@code T/nurses/{id}/absences}, SICKNESS), re-plans the accepted
 * roster with everything before that day frozen ({@code freezeAt} = 00:00 of the absent day on the team's clock;
 * {@code --freeze now} sends none, so the service freezes at its own "now"), solves the re-plan
 * ({@code --replan-seconds}, 45, the board's request: {@code seconds} only, so the service's "unimproved" limit
 * applies unless {@code --unimproved-seconds} is given), and compares the two boards visit by visit (by lineage).
 * <p>
 * The figures are those of {@code bench replan} (ReplanBench): over the visits the accepted roster gave to nurses
 * other than the absent one and that the re-plan did not freeze, the share that changed nurse
 * ({@code unaffected_changed_pct}; left unassigned counts as changed) and the share whose start moved by 15 minutes
 * or more ({@code start_moved_15_pct}); over all visits the accepted roster planned, how many the re-plan leaves
 * unassigned ({@code newly_unassigned}, the absent nurse's own included); and how many of the absent nurse's visits
 * of that day another nurse took ({@code absent_visits_placed}). The same counts are taken again from {@code R/diff}
 * as a cross-check. Prints a report ending in one {@code RESULT} line and writes it to
 * {@code bench-results/replan-check-<timestamp>.txt}.
 */
public class ReplanCheck {

    private static final long NOTICEABLE_MOVE_SECONDS = 15 * 60;
    private static final Map<String, DayOfWeek> DAYS = Map.of("MON", DayOfWeek.MONDAY, "TUE", DayOfWeek.TUESDAY,
            "WED", DayOfWeek.WEDNESDAY, "THU", DayOfWeek.THURSDAY, "FRI", DayOfWeek.FRIDAY, "SAT", DayOfWeek.SATURDAY,
            "SUN", DayOfWeek.SUNDAY);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final StringBuilder report = new StringBuilder();
    private String base;
    private String token;

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new LinkedHashMap<>(Map.of("base", "http://localhost:8080", "user", "anna.demo",
                "password", "rondo-demo", "week", "next-free", "absent-day", "WED", "freeze", "absent-day",
                "accept-seconds", "30", "replan-seconds", "45", "results-dir", "bench-results"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int exit = new ReplanCheck().run(o);
        System.exit(exit);
    }

    int run(Map<String, String> o) throws Exception {
        base = o.get("base");
        token = signIn(o.get("user"), o.get("password"));
        Map<String, Object> me = obj(call("GET", "/api/me", null, 200));
        long teamId = o.containsKey("team") ? Long.parseLong(o.get("team")) : num(me.get("teamId"));
        ZoneId zone = ZoneId.of(str(me.get("timeZone")));
        String team = "/api/teams/" + teamId;
        line("replan check against %s as %s, team %d (%s), %s; %d cores here, load average %s", base, o.get("user"),
                teamId, me.get("teamName"), OffsetDateTime.now(zone).withNano(0), Runtime.getRuntime().availableProcessors(),
                loadAverage());

        // 1. the week's roster: an accepted one in force, a draft to solve and accept, or a new one
        List<Map<String, Object>> rosters = items(call("GET", team + "/rosters?size=200", null, 200));
        String week = o.get("week");
        if ("next-free".equals(week)) {
            Set<String> taken = new HashSet<>();
            rosters.forEach(r -> taken.add(str(r.get("isoWeek"))));
            LocalDate monday = LocalDate.now(zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(1);
            while (taken.contains(isoWeek(monday))) {
                monday = monday.plusWeeks(1);
            }
            week = isoWeek(monday);
        }
        final String isoWeek = week;
        List<Map<String, Object>> ofWeek = rosters.stream().filter(r -> isoWeek.equals(r.get("isoWeek"))).toList();
        if (ofWeek.stream().anyMatch(r -> r.get("basedOnRosterId") != null && Boolean.TRUE.equals(r.get("editable")))) {
            throw new IllegalStateException("week " + isoWeek + " already has a re-plan in progress; choose another --week");
        }
        Map<String, Object> roster = ofWeek.stream().filter(r -> Boolean.TRUE.equals(r.get("inForce"))).findFirst()
                .or(() -> ofWeek.stream().filter(r -> Boolean.TRUE.equals(r.get("editable"))).findFirst())
                .orElse(null);
        if (roster == null) {
            roster = obj(call("POST", team + "/rosters", "{\"isoWeek\":\"" + isoWeek + "\"}", 201));
            line("created roster %d of %s: %d visits", num(roster.get("id")), isoWeek, num(roster.get("visits")));
        } else {
            line("using roster %d of %s (%s)", num(roster.get("id")), isoWeek, roster.get("status"));
        }
        long acceptedId = num(roster.get("id"));
        String accepted = team + "/rosters/" + acceptedId;
        LocalDate monday = LocalDate.parse(str(roster.get("weekStart")));
        if (!Boolean.TRUE.equals(roster.get("inForce"))) {
            solve(accepted, Integer.parseInt(o.get("accept-seconds")), o.get("accept-unimproved-seconds"), "the week");
            accept(accepted);
        }
        Map<String, Object> acceptedBoard = obj(call("GET", accepted + "/board", null, 200));
        Map<Long, String> names = new HashMap<>();
        for (Object lane : list(acceptedBoard.get("nurses"))) {
            names.put(num(obj(lane).get("nurseId")), str(obj(lane).get("name")));
        }

        // 2. one nurse absent for one day: by default the one with the most visits that day
        DayOfWeek dayOfWeek = DAYS.get(o.get("absent-day").toUpperCase(Locale.ROOT).substring(0, 3));
        LocalDate absentDay = monday.with(TemporalAdjusters.nextOrSame(dayOfWeek));
        Map<Long, Integer> visitsThatDay = new TreeMap<>();
        for (Object v : list(acceptedBoard.get("visits"))) {
            Map<String, Object> visit = obj(v);
            if (visit.get("nurseId") != null && !bool(visit.get("cancelled"))
                    && absentDay.toString().equals(visit.get("date"))) {
                visitsThatDay.merge(num(visit.get("nurseId")), 1, Integer::sum);
            }
        }
        long absent = o.containsKey("nurse") ? Long.parseLong(o.get("nurse"))
                : visitsThatDay.entrySet().stream().max(Map.Entry.<Long, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
        OffsetDateTime from = absentDay.atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime to = absentDay.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        call("POST", team + "/nurses/" + absent + "/absences", "{\"kind\":\"SICKNESS\",\"from\":\"" + from + "\",\"to\":\""
                + to + "\",\"note\":\"replan check\"}", 201);
        Map<String, Object> flagged = obj(call("GET", accepted, null, 200));
        line("nurse %d (%s) reported sick on %s %s (%d visits that day, the most: %s); accepted roster needs a re-plan: %s",
                absent, names.get(absent), absentDay.getDayOfWeek().toString().substring(0, 3), absentDay,
                visitsThatDay.getOrDefault(absent, 0), visitsThatDay, flagged.get("needsReplan"));

        // 3. the re-plan, frozen before the absent day, solved as the board solves
        String freezeBody = switch (o.get("freeze")) {
            case "now" -> "{}";
            case "absent-day" -> "{\"freezeAt\":\"" + from + "\"}";
            default -> "{\"freezeAt\":\"" + OffsetDateTime.parse(o.get("freeze")) + "\"}";
        };
        Map<String, Object> draft = obj(call("POST", accepted + "/replans", freezeBody, 201));
        long draftId = num(draft.get("id"));
        String replan = team + "/rosters/" + draftId;
        line("re-plan roster %d from accepted roster %d, request %s", draftId, acceptedId, freezeBody);
        Map<String, Object> solved = solve(replan, Integer.parseInt(o.get("replan-seconds")),
                o.get("unimproved-seconds"), "the re-plan");
        Map<String, Object> replanBoard = obj(call("GET", replan + "/board", null, 200));
        Map<String, Object> diff = obj(call("GET", replan + "/diff", null, 200));
        Map<String, Object> kpis = obj(call("GET", replan + "/kpis", null, 200));

        // 4. the figures, as ReplanBench counts them, from the two boards matched by lineage
        Map<Long, Map<String, Object>> after = new HashMap<>();
        Map<Long, Map<String, Object>> byVisitId = new HashMap<>();
        for (Object v : list(replanBoard.get("visits"))) {
            Map<String, Object> visit = obj(v);
            after.put(num(visit.get("lineageId")), visit);
            byVisitId.put(num(visit.get("visitId")), visit);
        }
        Map<Long, Map<String, Object>> acceptedByLineage = new HashMap<>();
        list(acceptedBoard.get("visits")).forEach(v -> acceptedByLineage.put(num(obj(v).get("lineageId")), obj(v)));
        // each part of a double-handed visit with the other part, both ways (a visit points from its second part)
        Map<Long, Map<String, Object>> partnerOf = new HashMap<>();
        for (Map<String, Object> second : byVisitId.values()) {
            Map<String, Object> first = second.get("linkedVisitId") == null ? null
                    : byVisitId.get(num(second.get("linkedVisitId")));
            if ("DOUBLE_HANDED".equals(second.get("linkKind")) && first != null) {
                partnerOf.put(num(second.get("visitId")), first);
                partnerOf.put(num(first.get("visitId")), second);
            }
        }
        long unaffected = 0;
        long changed = 0;
        long moved15 = 0;
        long newlyUnassigned = 0;
        long frozen = 0;
        long pinsBroken = 0;
        long absentVisits = 0;
        long absentPlaced = 0;
        long absentLeftWithHer = 0;
        long cancelled = 0;
        Set<Long> unaffectedDraftIds = new HashSet<>();
        Map<Long, Integer> takenBy = new TreeMap<>();
        for (Object v : list(acceptedBoard.get("visits"))) {
            Map<String, Object> was = obj(v);
            if (was.get("nurseId") == null || bool(was.get("cancelled"))) {
                continue; // the accepted roster did not plan it
            }
            Map<String, Object> now = after.get(num(was.get("lineageId")));
            if (now == null || bool(now.get("cancelled"))) {
                cancelled++;
                continue;
            }
            long wasNurse = num(was.get("nurseId"));
            Long nowNurse = now.get("nurseId") == null ? null : num(now.get("nurseId"));
            long shift = nowNurse == null ? 0 : Duration.between(OffsetDateTime.parse(str(was.get("plannedStart"))),
                    OffsetDateTime.parse(str(now.get("plannedStart")))).abs().getSeconds();
            if (nowNurse == null) {
                newlyUnassigned++;
            }
            if (wasNurse == absent && absentDay.toString().equals(was.get("date"))) {
                absentVisits++;
                if (nowNurse != null && nowNurse != absent) {
                    absentPlaced++;
                    takenBy.merge(nowNurse, 1, Integer::sum);
                } else if (nowNurse != null) {
                    absentLeftWithHer++;
                }
            }
            if (bool(now.get("frozen"))) {
                frozen++;
                if (nowNurse == null || nowNurse != wasNurse || shift != 0) {
                    pinsBroken++;
                }
                continue;
            }
            if (wasNurse == absent) {
                continue;
            }
            unaffected++;
            unaffectedDraftIds.add(num(now.get("visitId")));
            Map<String, Object> partner = partnerOf.get(num(now.get("visitId")));
            Map<String, Object> partnerWas = partner == null ? null
                    : acceptedByLineage.get(num(partner.get("lineageId")));
            boolean traded = partnerWas != null && partnerWas.get("nurseId") != null && nowNurse != null
                    && num(partnerWas.get("nurseId")) == nowNurse; // double-handed parts traded: no change, as R/diff
            if (nowNurse == null || nowNurse != wasNurse && !traded) {
                changed++;
            }
            if (nowNurse != null && shift >= NOTICEABLE_MOVE_SECONDS) {
                moved15++;
            }
        }
        double changedPct = unaffected == 0 ? 0 : 100.0 * changed / unaffected;
        double movedPct = unaffected == 0 ? 0 : 100.0 * moved15 / unaffected;

        Map<Long, Set<Long>> nursesBefore = nursesPerClient(acceptedBoard);
        Map<Long, Set<Long>> nursesAfter = nursesPerClient(replanBoard);

        // 5. the same from R/diff, which lists only what changed (the accepted nurse and start in from*)
        long diffChanged = 0;
        long diffMoved15 = 0;
        long diffUnassigned = 0;
        List<String> othersChanges = new ArrayList<>();
        List<String> unassignedLines = new ArrayList<>();
        Map<Long, String> reasons = new HashMap<>();
        for (Object u : list(kpis.get("unassigned"))) {
            reasons.put(num(obj(u).get("visitId")), str(obj(u).get("reason")));
        }
        for (Object c : list(diff.get("changes"))) {
            Map<String, Object> change = obj(c);
            String kind = str(change.get("kind"));
            long visitId = num(change.get("visitId"));
            if ("UNASSIGNED".equals(kind)) {
                diffUnassigned++;
                Map<String, Object> visit = byVisitId.get(visitId);
                unassignedLines.add(String.format(Locale.ROOT, "%s (%swindow %s-%s, %s min) — %s", change.get("description"),
                        visit.get("linkKind") == null ? "" : visit.get("linkKind") + ", ",
                        str(visit.get("earliestStart")).substring(11, 16), str(visit.get("latestStart")).substring(11, 16),
                        visit.get("durationMinutes"), reasons.getOrDefault(visitId, "(no reason given)")));
            }
            if (!unaffectedDraftIds.contains(visitId)) {
                continue;
            }
            boolean big = change.get("toStart") != null && change.get("fromStart") != null
                    && Duration.between(instant(change.get("fromStart")), instant(change.get("toStart"))).abs()
                    .getSeconds() >= NOTICEABLE_MOVE_SECONDS;
            if ("MOVED_TO_OTHER_NURSE".equals(kind) || "UNASSIGNED".equals(kind)) {
                diffChanged++;
            }
            if (big && ("MOVED_TO_OTHER_NURSE".equals(kind) || "RESCHEDULED".equals(kind))) {
                diffMoved15++;
            }
            if (big || !"RESCHEDULED".equals(kind)) {
                long client = num(change.get("clientId"));
                Object nurse = change.get("toNurseId") == null ? null : names.get(num(change.get("toNurseId")));
                othersChanges.add(String.format(Locale.ROOT, "%s: %s%s; her nurses this week %d -> %d", kind,
                        change.get("description"), "RESCHEDULED".equals(kind) ? " (" + nurse + ")" : "",
                        nursesBefore.getOrDefault(client, Set.of()).size(), nursesAfter.getOrDefault(client, Set.of()).size()));
            }
        }
        boolean diffAgrees = diffChanged == changed && diffMoved15 == moved15 && diffUnassigned == newlyUnassigned;

        line("re-plan score %s, feasible %s, %d unassigned in all (%d in the accepted roster)", kpis.get("score"),
                kpis.get("feasible"), num(kpis.get("visits")) - num(kpis.get("assignedVisits")),
                list(acceptedBoard.get("visits")).stream().filter(v -> obj(v).get("nurseId") == null
                        && !bool(obj(v).get("cancelled"))).count());
        line("diff: %s visits compared, %s changed; nurses affected %s", diff.get("visitsCompared"),
                diff.get("changedVisits"), diff.get("nursesAffected"));
        line("%d visits frozen before the freeze (pins broken: %d); of the %d visits of the other nurses after the freeze,"
                        + " %d changed nurse (%.1f%%), %d moved start by >= 15 min (%.1f%%)", frozen, pinsBroken, unaffected,
                changed, changedPct, moved15, movedPct);
        line("the absent nurse's %d visits on %s: %d taken by other nurses %s, %d left with her, %d unassigned",
                absentVisits, absentDay, absentPlaced, takenBy, absentLeftWithHer, absentVisits - absentPlaced - absentLeftWithHer);
        line("newly unassigned (visits the accepted roster planned): %d%s", newlyUnassigned,
                cancelled > 0 ? " (" + cancelled + " cancelled, not counted)" : "");
        line("R/diff cross-check: changed %d, moved >= 15 min %d, unassigned %d: %s", diffChanged, diffMoved15,
                diffUnassigned, diffAgrees ? "agrees with the boards" : "DISAGREES with the boards");
        othersChanges.forEach(s -> line("  other nurse's visit %s", s));
        unassignedLines.forEach(s -> line("  unassigned: %s", s));
        line("RESULT unaffected_changed_pct=%.1f start_moved_15_pct=%.1f newly_unassigned=%d absent_visits_placed=%d/%d"
                        + " week=%s absent_day=%s absent_nurse=%d unaffected=%d changed=%d moved15=%d pins_held=%s"
                        + " replan_solved_s=%s feasible=%s diff_agrees=%s load=%s", changedPct, movedPct, newlyUnassigned,
                absentPlaced, absentVisits, isoWeek, absentDay, absent, unaffected, changed, moved15, pinsBroken == 0,
                solved.get("seconds"), kpis.get("feasible"), diffAgrees, loadAverage().replace(' ', '/'));

        Path dir = Path.of(o.get("results-dir"));
        Files.createDirectories(dir);
        Path file = dir.resolve("replan-check-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".txt");
        Files.writeString(file, report);
        System.out.println("written to " + file);
        return diffAgrees && pinsBroken == 0 ? 0 : 1;
    }

    /** Per client, the nurses who visit her this week. */
    private static Map<Long, Set<Long>> nursesPerClient(Map<String, Object> board) {
        Map<Long, Set<Long>> result = new HashMap<>();
        for (Object v : list(board.get("visits"))) {
            Map<String, Object> visit = obj(v);
            if (visit.get("nurseId") != null && !bool(visit.get("cancelled"))) {
                result.computeIfAbsent(num(visit.get("clientId")), c -> new HashSet<>()).add(num(visit.get("nurseId")));
            }
        }
        return result;
    }

    /** Starts a solve and polls its status every second until it has ended. */
    private Map<String, Object> solve(String roster, int seconds, String unimproved, String what)
            throws IOException, InterruptedException {
        String body = "{\"seconds\":" + seconds + (unimproved == null ? "" : ",\"unimprovedSeconds\":" + unimproved) + "}";
        call("POST", roster + "/solving", body, 202);
        Instant giveUp = Instant.now().plusSeconds(seconds + 180L);
        Map<String, Object> status;
        do {
            Thread.sleep(1000);
            status = obj(call("GET", roster + "/solving", null, 200));
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException("the solve of " + roster + " has not ended: " + status);
            }
        } while (bool(status.get("solving")));
        String took = status.get("startedAt") == null || status.get("endedAt") == null ? "NA"
                : String.format(Locale.ROOT, "%.1f", Duration.between(instant(status.get("startedAt")),
                instant(status.get("endedAt"))).toMillis() / 1000.0);
        String summaryLine = String.format(Locale.ROOT, "%s (limit %d s%s) solved for %s s, best score %s, feasible %s,"
                        + " %s of %s visits assigned%s", what, seconds, unimproved == null ? ", service's unimproved limit"
                        : ", unimproved " + unimproved + " s", took, status.get("bestScore"), status.get("feasible"),
                status.get("assignedVisits"), status.get("visits"),
                status.get("error") == null ? "" : ", error: " + status.get("error"));
        line("%s", summaryLine);
        status.put("seconds", took);
        status.put("summaryLine", summaryLine);
        return status;
    }

    /** Accepts the roster; when it breaks hard rules, says which and accepts as a team that knows better would. */
    private void accept(String roster) throws IOException, InterruptedException {
        long version = num(obj(call("GET", roster, null, 200)).get("version"));
        HttpResponse<String> first = send("POST", roster + "/acceptance",
                "{\"rosterVersion\":" + version + ",\"confirmBrokenHardRules\":false}");
        if (first.statusCode() == 409 && first.body().contains("hard rules")) {
            line("acceptance refused: %s", obj(Json.parse(first.body())).get("detail"));
            call("POST", roster + "/acceptance", "{\"rosterVersion\":" + version + ",\"confirmBrokenHardRules\":true}", 200);
            line("accepted with confirmBrokenHardRules=true");
        } else if (first.statusCode() != 200) {
            throw new IllegalStateException("POST " + roster + "/acceptance: HTTP " + first.statusCode() + " " + first.body());
        } else {
            line("accepted roster %s as version %s", roster, obj(Json.parse(first.body())).get("versionNumber"));
        }
    }

    private Object call(String method, String path, String body, int expected) throws IOException, InterruptedException {
        HttpResponse<String> response = send(method, path, body);
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + ": HTTP " + response.statusCode() + " (expected "
                    + expected + ") " + response.body());
        }
        return Json.parse(response.body());
    }

    private HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String signIn(String user, String password) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("sign-in failed: HTTP " + response.statusCode() + " " + response.body());
        }
        return str(obj(Json.parse(response.body())).get("accessToken"));
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        System.out.println(text);
        report.append(text).append('\n');
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "NA";
        }
    }

    private static String isoWeek(LocalDate monday) {
        return String.format(Locale.ROOT, "%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> obj(Object json) {
        return (Map<String, Object>) json;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object json) {
        return json == null ? List.of() : (List<Object>) json;
    }

    private static List<Map<String, Object>> items(Object page) {
        return list(obj(page).get("items")).stream().map(ReplanCheck::obj).toList();
    }

    private static long num(Object json) {
        return ((Number) json).longValue();
    }

    private static String str(Object json) {
        return (String) json;
    }

    /** A stamp ("2026-12-02T16:05:09Z") or a time of the plan with its offset. */
    private static Instant instant(Object json) {
        return OffsetDateTime.parse(str(json)).toInstant();
    }

    private static boolean bool(Object json) {
        return Boolean.TRUE.equals(json);
    }

    /** Just enough JSON: objects (in order), arrays, strings, numbers (Long or Double), booleans, null. */
    static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Object parse(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            Json json = new Json(text);
            Object value = json.value();
            json.space();
            if (json.i != text.length()) {
                throw new IllegalArgumentException("trailing characters at " + json.i);
            }
            return value;
        }

        private Object value() {
            space();
            char c = s.charAt(i);
            switch (c) {
                case '{' -> {
                    Map<String, Object> map = new LinkedHashMap<>();
                    i++;
                    space();
                    if (s.charAt(i) == '}') {
                        i++;
                        return map;
                    }
                    while (true) {
                        space();
                        String key = string();
                        space();
                        expect(':');
                        map.put(key, value());
                        space();
                        if (s.charAt(i++) == '}') {
                            return map;
                        }
                    }
                }
                case '[' -> {
                    List<Object> list = new ArrayList<>();
                    i++;
                    space();
                    if (s.charAt(i) == ']') {
                        i++;
                        return list;
                    }
                    while (true) {
                        list.add(value());
                        space();
                        if (s.charAt(i++) == ']') {
                            return list;
                        }
                    }
                }
                case '"' -> {
                    return string();
                }
                case 't' -> {
                    i += 4;
                    return Boolean.TRUE;
                }
                case 'f' -> {
                    i += 5;
                    return Boolean.FALSE;
                }
                case 'n' -> {
                    i += 4;
                    return null;
                }
                default -> {
                    int start = i;
                    while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                        i++;
                    }
                    String number = s.substring(start, i);
                    return number.matches("-?\\d+") ? (Object) Long.parseLong(number) : (Object) Double.parseDouble(number);
                }
            }
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> out.append(e);
                }
            }
        }

        private void expect(char c) {
            if (s.charAt(i++) != c) {
                throw new IllegalArgumentException("expected '" + c + "' at " + (i - 1));
            }
        }

        private void space() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
