package care.rondo.bench;

import java.util.List;
import java.util.Set;

/**
 * A generated team week for the scale benchmark. Times are minutes from Monday 00:00 of the week; a visit's window
 * bounds the start of the visit, as in care plans ("insulin 07:30-08:30").
 */
public record TeamWeek(String size, long seed, List<Nurse> nurses, List<Client> clients, List<Visit> visits) {

    public record Nurse(String id, int level, Set<String> skills, int contractMinutes, double lat, double lon,
            List<Shift> shifts) {
    }

    /** An availability window the solver may fill (early 07:00-13:30 or late 16:00-22:30). */
    public record Shift(int day, int start, int end) {
    }

    public record Client(String id, String neighbourhood, double lat, double lon, Set<String> refusedNurses) {
    }

    /**
     * {@code partnerOf}: the first visit of a double-handed pair (both start together). {@code after}: the visit this
     * one follows with a start gap in [minGap, maxGap].
     */
    public record Visit(String id, String clientId, int day, int windowStart, int windowEnd, int duration,
            int minLevel, Set<String> skills, String partnerOf, String after, int minGap, int maxGap) {
    }

    public int shiftCount() {
        return nurses.stream().mapToInt(n -> n.shifts().size()).sum();
    }
}
