package care.rondo.demo;

import care.rondo.domain.AvailabilityWindow;
import care.rondo.domain.Nurse;
import care.rondo.domain.TravelMode;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Twelve fictional nurses, as many as a Buurtzorg team has. Each works five days with two consecutive days off,
 * staggered so that every day has at least eight nurses for the early round (the morning peak of getting up,
 * insulin and wound care) and four for the late one: the first four and the last two do early shifts only, the
 * others may do either. Their contracts add up to more than the week's visits and travel, so a good roster
 * plans every visit.
 */
final class DemoNurses {

    static final LocalTime EARLY_FROM = LocalTime.of(7, 0);
    static final LocalTime EARLY_TO = LocalTime.of(13, 30);
    static final LocalTime LATE_FROM = LocalTime.of(16, 0);
    static final LocalTime LATE_TO = LocalTime.of(22, 30);
    /**
     * Each nurse's first of two consecutive days off (0 = Monday), chosen so that every day has three or four
     * nurses off, at most two of them from those who also work late, and never all early-only nurses at once.
     */
    private static final int[] FIRST_DAY_OFF = {0, 2, 4, 6, 0, 0, 2, 3, 5, 5, 1, 3};
    private static final java.util.Set<Integer> EARLY_ONLY = java.util.Set.of(0, 1, 2, 3, 10, 11);

    private record Profile(String firstName, String lastName, int level, List<String> skills, int minHours,
                           int maxHours, TravelMode travelMode) {
    }

    private static final List<Profile> PROFILES = List.of(
            new Profile("Anna", "Visser", 5, List.of("wound_care", "insulin", "palliative", "catheter"), 32, 36,
                    TravelMode.E_BIKE),
            new Profile("Bram", "de Jong", 4, List.of("wound_care", "insulin", "stoma"), 28, 32, TravelMode.BIKE),
            new Profile("Chantal", "Bakker", 3, List.of("insulin", "dementia"), 24, 28, TravelMode.BIKE),
            new Profile("Daan", "Mulder", 4, List.of("wound_care", "insulin", "catheter"), 32, 36, TravelMode.CAR),
            new Profile("Esra", "Yilmaz", 3, List.of("insulin", "dementia"), 20, 24, TravelMode.E_BIKE),
            new Profile("Fleur", "de Graaf", 5, List.of("palliative", "wound_care", "insulin", "stoma"), 28, 32,
                    TravelMode.BIKE),
            new Profile("Gerrit", "Smit", 3, List.of("dementia", "insulin"), 16, 20, TravelMode.E_BIKE),
            new Profile("Hanneke", "Meijer", 2, List.of("dementia"), 16, 24, TravelMode.BIKE),
            new Profile("Ivo", "van Leeuwen", 4, List.of("wound_care", "insulin", "catheter", "stoma", "palliative"), 24, 32,
                    TravelMode.CAR),
            new Profile("Jasmijn", "Bos", 3, List.of("insulin", "dementia"), 20, 28, TravelMode.E_BIKE),
            new Profile("Karin", "Dekker", 4, List.of("wound_care", "insulin", "catheter"), 28, 32, TravelMode.E_BIKE),
            new Profile("Lotte", "Vos", 3, List.of("insulin", "dementia", "stoma"), 24, 32, TravelMode.BIKE));

    private DemoNurses() {
    }

    static List<DemoTeam.DemoNurse> create(Random random, double officeLatitude, double officeLongitude) {
        List<DemoTeam.DemoNurse> nurses = new ArrayList<>();
        for (int i = 0; i < PROFILES.size(); i++) {
            Profile p = PROFILES.get(i);
            Nurse nurse = new Nurse();
            nurse.name = p.firstName() + " " + p.lastName();
            nurse.level = (short) p.level();
            nurse.skills = new ArrayList<>(p.skills());
            nurse.contractMinHours = BigDecimal.valueOf(p.minHours());
            nurse.contractMaxHours = BigDecimal.valueOf(p.maxHours());
            nurse.availability = availability(i);
            // Homes within about 1.5 km of the office, in any direction.
            nurse.startLatitude = officeLatitude + (random.nextDouble() * 2 - 1) * 0.012;
            nurse.startLongitude = officeLongitude + (random.nextDouble() * 2 - 1) * 0.018;
            nurse.travelMode = p.travelMode();
            nurses.add(new DemoTeam.DemoNurse(nurse, p.firstName().toLowerCase() + ".demo"));
        }
        return nurses;
    }

    private static List<AvailabilityWindow> availability(int nurseIndex) {
        List<AvailabilityWindow> windows = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            int firstDayOff = FIRST_DAY_OFF[nurseIndex];
            int offset = Math.floorMod(day.ordinal() - firstDayOff, 7);
            if (offset == 0 || offset == 1) {
                continue;
            }
            windows.add(new AvailabilityWindow(day, EARLY_FROM, EARLY_TO));
            if (!EARLY_ONLY.contains(nurseIndex)) {
                windows.add(new AvailabilityWindow(day, LATE_FROM, LATE_TO));
            }
        }
        return windows;
    }
}
