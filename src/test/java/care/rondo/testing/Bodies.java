package care.rondo.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Valid request bodies as mutable maps, so that a test can break exactly the field it is about. */
public final class Bodies {
    private Bodies() {
    }

    public static Map<String, Object> nurse(String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("level", 3);
        body.put("skills", new ArrayList<>(List.of("insulin", "wound_care")));
        body.put("contractMinHours", 16);
        body.put("contractMaxHours", 24);
        body.put("availability", new ArrayList<>(List.of(
                window("MONDAY", "07:00", "13:30"), window("MONDAY", "16:00", "22:30"),
                window("TUESDAY", "07:00", "13:30"))));
        body.put("start", point(52.0907, 5.1022));
        body.put("travelMode", "E_BIKE");
        return body;
    }

    public static Map<String, Object> window(String day, String from, String to) {
        Map<String, Object> window = new LinkedHashMap<>();
        window.put("day", day);
        window.put("from", from);
        window.put("to", to);
        return window;
    }

    public static Map<String, Object> client(String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("address", "Kanaalstraat 1, Utrecht");
        body.put("location", point(52.0895, 5.0985));
        body.put("notes", "Key in the safe, code with the team");
        return body;
    }

    public static Map<String, Object> carePlan(String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("description", description);
        body.put("days", new ArrayList<>(List.of("MONDAY", "WEDNESDAY", "FRIDAY")));
        body.put("windows", new ArrayList<>(List.of(startWindow("07:30", "08:30"))));
        body.put("durationMinutes", 20);
        body.put("minLevel", 3);
        body.put("skills", new ArrayList<>(List.of("insulin")));
        return body;
    }

    public static Map<String, Object> startWindow(String from, String to) {
        Map<String, Object> window = new LinkedHashMap<>();
        window.put("from", from);
        window.put("to", to);
        return window;
    }

    public static Map<String, Object> absence(String from, String to) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "LEAVE");
        body.put("from", from);
        body.put("to", to);
        return body;
    }

    public static Map<String, Object> point(double latitude, double longitude) {
        Map<String, Object> point = new LinkedHashMap<>();
        point.put("latitude", latitude);
        point.put("longitude", longitude);
        return point;
    }
}
