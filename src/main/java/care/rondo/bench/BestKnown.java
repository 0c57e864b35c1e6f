package care.rondo.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Best-known objective values to report a gap against: a built-in table of the public samples, or a file given with
 * {@code --best-known} in either published layout (the hhcrsp markdown table or the Solomon csv).
 * HHCRSP: total cost; Solomon: distance (vehicles are fixed on the command line).
 */
public final class BestKnown {

    private static final Map<String, Double> BUILT_IN = Map.ofEntries(
            Map.entry("InstanzCPLEX_HCSRP_10_1", 218.199), Map.entry("InstanzCPLEX_HCSRP_10_2", 246.627),
            Map.entry("InstanzCPLEX_HCSRP_10_3", 305.858), Map.entry("InstanzCPLEX_HCSRP_10_4", 186.897),
            Map.entry("InstanzCPLEX_HCSRP_10_5", 189.543), Map.entry("InstanzCPLEX_HCSRP_25_1", 428.097),
            Map.entry("InstanzCPLEX_HCSRP_25_2", 476.049), Map.entry("InstanzCPLEX_HCSRP_25_3", 399.089),
            Map.entry("HHCRSP_25_5_21_1.6_R_RC", 197.667), Map.entry("HHCRSP_10_3_88_1.6_C_C", 87.0),
            Map.entry("toy", 334.0 / 3), // sol_toy_optimal.json: distance 334, no tardiness
            Map.entry("C101", 828.94), Map.entry("R101", 1650.80), Map.entry("R201", 1252.37),
            Map.entry("RC101", 1696.95));

    private static final Map<String, Integer> VEHICLES = Map.of("C101", 10, "R101", 19, "R201", 4, "RC101", 14);

    private BestKnown() {
    }

    public static OptionalDouble lookup(String instance, Path file) throws IOException {
        Map<String, Double> table = file == null ? BUILT_IN : parse(Files.readString(file));
        Double v = table.get(instance);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    public static Integer vehicles(String instance) {
        return VEHICLES.get(instance);
    }

    /** Markdown rows {@code | name.json | dist | maxT | totT | cost | ...} or csv {@code name,vehicles,distance}. */
    static Map<String, Double> parse(String text) {
        Map<String, Double> table = new HashMap<>();
        for (String line : text.split("\\R")) {
            try {
                if (line.startsWith("|")) {
                    String[] cells = line.split("\\|");
                    if (cells.length > 5) {
                        table.put(cells[1].trim().replaceFirst("\\.json$", ""), Double.parseDouble(cells[5].trim()));
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

    public static double gapPct(double value, double best) {
        double gap = 100.0 * (value - best) / best;
        return Math.abs(gap) < 0.005 ? 0.0 : gap; // no "-0.00" from 6-digit rounding of the tables
    }
}
