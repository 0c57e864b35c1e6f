package care.rondo.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes an instance back in Solomon layout, so tests can feed trimmed instances to the CLI. */
final class SolomonText {

    private SolomonText() {
    }

    static List<String> of(SolomonInstance inst) {
        List<String> lines = new ArrayList<>(List.of(inst.name(), "", "VEHICLE", "NUMBER     CAPACITY",
                "  " + inst.vehicles() + "         " + inst.capacity(), "", "CUSTOMER",
                "CUST NO.   XCOORD.   YCOORD.    DEMAND   READY TIME   DUE DATE   SERVICE TIME", ""));
        for (SolomonInstance.Node n : inst.nodes()) {
            lines.add(String.format(Locale.ROOT, "%5d %10.0f %8.0f %10d %10.0f %10.0f %10.0f", n.id(), n.x(), n.y(),
                    n.demand(), n.ready(), n.due(), n.service()));
        }
        return lines;
    }
}
