package care.rondo.planning;

import java.util.HashSet;
import java.util.Set;

/** Which days of the week a re-plan may change; every other day stays locked as accepted. */
public final class ReplanDays {

    private ReplanDays() {
    }

    /**
     * The days something forces open (an absence, an added visit) and the day before and after each. Eleven hours of
     * rest tie one day's evening to the next morning: with its neighbours locked, a sick Wednesday's evening visits
     * could go only to nurses without a Thursday morning, and its morning visits only to those without a Tuesday
     * evening; on the demo team 6 of 7 re-plans left visits undone that way ({@code src/test/load/ReplanCheck.java}).
     * The re-plan weights keep the neighbours as accepted unless a visit would otherwise stay undone.
     */
    public static Set<Integer> openedBy(Set<Integer> forced) {
        Set<Integer> open = new HashSet<>();
        for (int day : forced) {
            open.add(day - 1);
            open.add(day);
            open.add(day + 1);
        }
        return open;
    }
}
