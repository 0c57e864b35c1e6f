package care.rondo.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Best-known objective values to report a gap against: the public tables bundled in {@code bench/} (all 56 Solomon
 * instances, the iolab-uniud HHCRSP table; see {@code bench/SOURCE.md}), or a file given with {@code --best-known}
 * in either published layout (the hhcrsp markdown table or the Solomon csv), which wins where it has the instance.
 * Names match without case, surrounding blanks or a {@code .json}/{@code .txt} ending, so a table written for
 * instances this code has never seen works as long as it names them. HHCRSP: total cost; Solomon: distance at the
 * best-known fleet size.
 */
public final class BestKnown {

    /** Instances without a row in the published tables. */
    private static final Map<String, Double> EXTRA = Map.of(
            "HHCRSP_10_3_88_1.6_C_C", 87.0, // HHCRSP-FORMAT.md §5: distance 92, tardiness 115 + 54
            "toy", 334.0 / 3); // sol_toy_optimal.json: distance 334, no tardiness

    private static final Map<String, Double> BUNDLED = bundled();
    private static final Map<String, Integer> VEHICLES = normalised(
            parseVehicles(resource("bench/solomon-best-known.csv")));

    private BestKnown() {
    }

    /** The value from {@code file} when it names the instance, else from the bundled tables. */
    public static OptionalDouble lookup(String instance, Path file) throws IOException {
        String key = key(instance);
        if (file != null) {
            Double v = normalised(parse(Files.readString(file))).get(key);
            if (v != null) {
                return OptionalDouble.of(v);
            }
        }
        Double v = BUNDLED.get(key);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** Best-known fleet size of a Solomon instance, or null. */
    public static Integer vehicles(String instance) {
        return VEHICLES.get(key(instance));
    }

    /** Best-known fleet size from {@code file} (a Solomon csv) when it names the instance, else bundled, or null. */
    public static Integer vehicles(String instance, Path file) throws IOException {
        if (file != null) {
            Integer v = normalised(parseVehicles(Files.readString(file))).get(key(instance));
            if (v != null) {
                return v;
            }
        }
        return vehicles(instance);
    }

    /**
     * Markdown rows {@code | name.json | ... |} with the value in the column headed {@code total_cost} (or
     * {@code cost}; the fifth column when there is no such header), or csv {@code name,vehicles,distance}.
     */
    static Map<String, Double> parse(String text) {
        Map<String, Double> table = new HashMap<>();
        int costColumn = 5;
        for (String line : text.split("\\R")) {
            try {
                if (line.startsWith("|")) {
                    String[] cells = line.split("\\|");
                    int header = headerColumn(cells);
                    if (header > 0) {
                        costColumn = header;
                    } else if (cells.length > costColumn) {
                        table.put(stripEnding(cells[1].trim()), Double.parseDouble(cells[costColumn].trim()));
                    }
                } else if (line.contains(",")) {
                    String[] cells = line.split(",");
                    table.put(cells[0].trim(), Double.parseDouble(cells[2].trim().split("\\s")[0]));
                }
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException headerOrRuler) {
                // header and ruler lines carry no numbers
            }
        }
        return table;
    }

    /** csv {@code name,vehicles,distance}: the vehicles. */
    static Map<String, Integer> parseVehicles(String text) {
        Map<String, Integer> table = new HashMap<>();
        for (String line : text.split("\\R")) {
            String[] cells = line.split(",");
            if (cells.length >= 3 && cells[1].trim().matches("\\d+")) {
                table.put(cells[0].trim(), Integer.valueOf(cells[1].trim()));
            }
        }
        return table;
    }

    private static int headerColumn(String[] cells) {
        for (String wanted : List.of("total_cost", "cost")) {
            for (int i = 2; i < cells.length; i++) {
                if (cells[i].trim().equalsIgnoreCase(wanted)) {
                    return i;
                }
            }
        }
        return -1;
    }

    public static double gapPct(double value, double best) {
        double gap = 100.0 * (value - best) / best;
        return Math.abs(gap) < 0.005 ? 0.0 : gap; // no "-0.00" from 6-digit rounding of the tables
    }

    private static Map<String, Double> bundled() {
        Map<String, Double> all = new HashMap<>();
        all.putAll(normalised(parse(resource("bench/solomon-best-known.csv"))));
        all.putAll(normalised(parse(resource("bench/hhcrsp-best-known.md"))));
        all.putAll(normalised(EXTRA));
        return Map.copyOf(all);
    }

    private static <V> Map<String, V> normalised(Map<String, V> table) {
        Map<String, V> byKey = new HashMap<>();
        table.forEach((name, value) -> byKey.put(key(name), value));
        return byKey;
    }

    private static String key(String name) {
        return stripEnding(name.trim()).toLowerCase(Locale.ROOT);
    }

    private static String stripEnding(String name) {
        return name.replaceFirst("(?i)\\.(json|txt)$", "");
    }

    private static String resource(String name) {
        try (InputStream in = BestKnown.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bundled table missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
