package care.rondo.service.roster.problem;

import care.rondo.domain.ClientWishes;
import care.rondo.domain.LinkKind;
import care.rondo.domain.TimeWish;
import care.rondo.domain.Nurse;
import care.rondo.domain.Visit;
import care.rondo.planning.PlanningVisit;
import care.rondo.planning.PlanningNurse;
import care.rondo.planning.Location;
import care.rondo.planning.NurseShift;
import care.rondo.planning.PlanningClient;
import care.rondo.planning.PlanningTravelMode;
import care.rondo.planning.TravelTimeMatrix;
import care.rondo.planning.TravelTimeSource;
import care.rondo.planning.VisitRoster;
import care.rondo.planning.WorkRules;
import care.rondo.service.roster.problem.RosterProblem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stored roster → planning solution. Times become seconds on the {@link WeekClock}; ids become strings.
 * Visits already assigned start in their nurse's shift in their stored order (a warm start, and where pinned
 * overrides stay); the rest start in no list at all, for the construction heuristic.
 */
public final class PlanningMapper {

    /** A re-planned start within five minutes of the accepted one is no change a client notices. */
    public static final long UNNOTICED_START_MOVE_SECONDS = 300;

    private PlanningMapper() {
    }

    public static VisitRoster toPlanning(RosterProblem problem) {
        return toPlanning(problem, false, TravelTimeSource.STRAIGHT_LINE);
    }

    public static VisitRoster toPlanning(RosterProblem problem, boolean parkUnplaced) {
        return toPlanning(problem, parkUnplaced, TravelTimeSource.STRAIGHT_LINE);
    }

    /**
     * @param parkUnplaced put visits without a stored assignment in the unassigned bucket (to analyse a roster as
     *        it is) instead of leaving them for the construction heuristic (to solve it)
     * @param travelTimes straight lines, or the road network where a map is configured (one matrix per mode)
     */
    public static VisitRoster toPlanning(RosterProblem problem, boolean parkUnplaced, TravelTimeSource travelTimes) {
        WeekClock clock = WeekClock.of(problem.roster().weekStart, ZoneId.of(problem.roster().timeZone));
        List<Location> locations = new ArrayList<>();
        Map<Long, Location> nurseHomes = new HashMap<>();
        for (Nurse nurse : problem.nurses()) {
            nurseHomes.put(nurse.id, location(locations, "n" + nurse.id, nurse.startLatitude, nurse.startLongitude));
        }
        Map<Long, Location> clientHomes = new HashMap<>();
        problem.clients().values().forEach(c ->
                clientHomes.put(c.id, location(locations, "c" + c.id, c.latitude, c.longitude)));
        Map<PlanningTravelMode, TravelTimeMatrix> matrices = new EnumMap<>(PlanningTravelMode.class);

        List<NurseShift> shifts = new ArrayList<>();
        for (Nurse nurse : problem.nurses()) {
            PlanningTravelMode mode = PlanningTravelMode.valueOf(nurse.travelMode.name());
            TravelTimeMatrix matrix = matrices.computeIfAbsent(mode,
                    m -> travelTimes.matrix(m, locations));
            PlanningNurse planningNurse = new PlanningNurse(nurse.id.toString(), nurse.level,
                    new HashSet<>(nurse.skills), hours(nurse.contractMinHours), hours(nurse.contractMaxHours),
                    nurseHomes.get(nurse.id), mode, matrix);
            int piece = 0;
            for (ShiftBuilder.Window window : ShiftBuilder.windows(problem.roster().weekStart, clock,
                    nurse.availability, problem.absencesByNurse().getOrDefault(nurse.id, List.of()))) {
                shifts.add(new NurseShift(nurse.id + "@" + window.date() + "#" + piece++, planningNurse,
                        window.dayIndex(), clock.toSeconds(window.from()), clock.toSeconds(window.to())));
            }
        }

        Map<Long, PlanningClient> clients = new HashMap<>();
        problem.clients().values().forEach(c -> {
            ClientWishes wishes = problem.wishes().get(c.id);
            clients.put(c.id, new PlanningClient(c.id.toString(), ids(c.preferredNurseIds), ids(c.refusedNurseIds),
                    ids(problem.lastWeekNurses().getOrDefault(c.id, Set.of())), 1,
                    wishes == null ? Set.of() : ids(wishes.likedNurseIds),
                    wishes == null ? Set.of() : ids(wishes.avoidedNurseIds),
                    wishes == null || wishes.continuityImportance == null ? 0 : wishes.continuityImportance.factor()));
        });

        Map<Long, PlanningVisit> visits = new HashMap<>();
        for (Visit v : problem.visits()) {
            PlanningVisit visit = new PlanningVisit(v.id.toString(), clients.get(v.clientId),
                    clientHomes.get(v.clientId), clock.toSeconds(v.earliestStart), clock.toSeconds(v.latestStart),
                    v.durationMinutes * 60L, v.minLevel, new HashSet<>(v.skills), v.priority);
            wishedStart(problem.wishes().get(v.clientId), v, visit, clock);
            visits.put(v.id, visit);
        }
        link(problem.visits(), visits);
        VisitRoster solution = new VisitRoster(shifts, new ArrayList<>(visits.values()), WorkRules.NURSING_WEEK_IN_SECONDS,
                problem.weights());
        placeAssigned(problem, visits, solution.getShifts(), solution, clock);
        if (!parkUnplaced && problem.roster().basedOnRosterId != null) {
            lockDaysTheReplanNeedNotChange(problem, solution.getShifts(), clock);
        }
        if (parkUnplaced) {
            Set<PlanningVisit> placed = new HashSet<>(solution.getUnassigned().getVisits());
            solution.getShifts().forEach(s -> placed.addAll(s.getVisits()));
            problem.visits().stream().map(v -> visits.get(v.id))
                    .filter(v -> v != null && !placed.contains(v))
                    .forEach(v -> solution.getUnassigned().getVisits().add(v));
        }
        return solution;
    }

    /**
     * The client's time-of-day wish for this visit's care plan: the one for its weekday if she named one, else her
     * every-day wish for the plan. One-off visits (no care plan) carry no wish.
     */
    static void wishedStart(ClientWishes wishes, Visit v, PlanningVisit visit, WeekClock clock) {
        if (wishes == null || v.carePlanId == null || wishes.timeWishes == null) {
            return;
        }
        TimeWish chosen = null;
        for (TimeWish wish : wishes.timeWishes) {
            if (wish.carePlanId() == v.carePlanId && (wish.weekday() == v.visitDate.getDayOfWeek()
                    || wish.weekday() == null && chosen == null)) {
                chosen = wish;
            }
        }
        if (chosen == null || chosen.notBefore() == null && chosen.notAfter() == null) {
            return;
        }
        visit.setWishedStart(localSeconds(v, chosen.notBefore(), clock), localSeconds(v, chosen.notAfter(), clock));
    }

    private static Long localSeconds(Visit v, LocalTime time, WeekClock clock) {
        return time == null ? null : clock.toSeconds(v.visitDate.atTime(time).atZone(clock.zone()).toInstant());
    }

    private static void link(List<Visit> stored, Map<Long, PlanningVisit> visits) {
        for (Visit v : stored) {
            if (v.linkedVisitId == null || !visits.containsKey(v.linkedVisitId)) {
                continue;
            }
            PlanningVisit first = visits.get(v.linkedVisitId);
            PlanningVisit second = visits.get(v.id);
            if (v.linkKind == LinkKind.DOUBLE_HANDED) {
                PlanningVisit.linkDoubleHanded(first, second);
            } else if (v.linkKind == LinkKind.FOLLOW_UP) {
                PlanningVisit.linkSequence(first, second, v.gapMinMinutes * 60L, v.gapMaxMinutes * 60L);
            }
        }
    }

    /**
     * Puts stored assignments back in their shifts, in stored order. Pinned visits are pinned where the team put
     * them: in the unassigned bucket when the team unassigned them, and in an extra locked shift when the nurse
     * does not work then (the team may know better; the score then flags what it breaks).
     */
    private static void placeAssigned(RosterProblem problem, Map<Long, PlanningVisit> visits,
                                      List<NurseShift> shifts, VisitRoster solution, WeekClock clock) {
        Map<String, PlanningNurse> nurses = shifts.stream().map(NurseShift::getNurse)
                .collect(Collectors.toMap(PlanningNurse::getId, n -> n, (a, b) -> a));
        List<Visit> stored = problem.visits().stream()
                .sorted(Comparator.comparing((Visit v) -> v.plannedStart == null ? v.earliestStart : v.plannedStart)
                        .thenComparing(v -> v.id)).toList();
        for (Visit v : stored) {
            PlanningVisit visit = visits.get(v.id);
            if (v.previousNurseId != null) {
                visit.setPreviousNurseId(v.previousNurseId.toString());
            }
            if (v.previousStart != null) {
                visit.setPreviousStart(clock.toSeconds(v.previousStart), UNNOTICED_START_MOVE_SECONDS);
            }
            if (v.pinned) {
                visit.pin(v.pinnedStart == null ? null : clock.toSeconds(v.pinnedStart));
            }
            if (v.nurseId == null || v.plannedStart == null) {
                if (v.pinned) {
                    solution.getUnassigned().getVisits().add(visit);
                }
                continue; // otherwise for the construction heuristic to place (or to park unassigned)
            }
            long start = clock.toSeconds(v.pinned && v.pinnedStart != null ? v.pinnedStart : v.plannedStart);
            NurseShift shift = shiftFor(shifts, v, start, clock);
            if (shift == null && v.pinned && nurses.containsKey(v.nurseId.toString())) {
                shift = extraShift(nurses.get(v.nurseId.toString()), v, start, clock);
                shifts.add(shift);
            }
            if (shift != null) {
                shift.getVisits().add(visit);
            }
        }
        for (NurseShift shift : shifts) {
            LocalDate date = clock.toInstant(shift.getStart()).atZone(clock.zone()).toLocalDate();
            if (problem.lockedDays().contains(new RosterProblem.NurseDay(Long.parseLong(shift.getNurse().getId()), date))) {
                shift.setLocked(true);
            }
        }
    }

    /**
     * A re-plan changes only the days something forces open: a day on which a visit's accepted nurse no longer works
     * at its accepted start (an absence reported after acceptance, a nurse archived) or on which a one-off visit was
     * added. Every nurse-day of every other day is locked as accepted, so a sick Wednesday cannot reshuffle Thursday;
     * on the open days "Changed nurse", "Moved start" and "Newly unassigned" keep the routes close to the accepted ones.
     * Visits the accepted roster left unassigned on a locked day stay unassigned, as the team accepted them.
     */
    private static void lockDaysTheReplanNeedNotChange(RosterProblem problem, List<NurseShift> shifts, WeekClock clock) {
        LocalDate monday = clock.weekStart().atZone(clock.zone()).toLocalDate();
        Set<Integer> openDays = new HashSet<>();
        for (Visit v : problem.visits()) {
            if (v.frozen) {
                continue;
            }
            boolean added = v.oneOff && v.nurseId == null;
            if (added || v.previousNurseId != null && v.previousStart != null
                    && !worksAt(shifts, v.previousNurseId, clock.toSeconds(v.previousStart))) {
                openDays.add((int) ChronoUnit.DAYS.between(monday, v.visitDate));
            }
        }
        shifts.stream().filter(s -> !openDays.contains(s.getDay())).forEach(s -> s.setLocked(true));
    }

    private static boolean worksAt(List<NurseShift> shifts, long nurseId, long time) {
        String id = Long.toString(nurseId);
        return shifts.stream().anyMatch(s -> s.getNurse().getId().equals(id) && s.getStart() <= time && time < s.getEnd());
    }

    /**
     * The nurse's shift that holds the start; else, on that day, the last of her shifts that began before it (a
     * route that ran past its end stays that route, flagged by the score) or her first one after it (a visit
     * moved to her from an earlier time joins her day).
     */
    private static NurseShift shiftFor(List<NurseShift> shifts, Visit v, long start, WeekClock clock) {
        List<NurseShift> hers = shifts.stream().filter(s -> s.getNurse().getId().equals(v.nurseId.toString()))
                .toList();
        int day = dayIndex(v, clock);
        return hers.stream().filter(s -> s.getStart() <= start && start < s.getEnd()).findFirst()
                .or(() -> hers.stream().filter(s -> s.getDay() == day && s.getStart() <= start)
                        .max(Comparator.comparingLong(NurseShift::getStart)))
                .or(() -> hers.stream().filter(s -> s.getDay() == day)
                        .min(Comparator.comparingLong(NurseShift::getStart)))
                .orElse(null);
    }

    private static int dayIndex(Visit v, WeekClock clock) {
        return (int) ChronoUnit.DAYS.between(
                clock.weekStart().atZone(clock.zone()).toLocalDate(), v.visitDate);
    }

    /** A zero-length, locked shift holding a visit the team pinned outside the nurse's availability. */
    private static NurseShift extraShift(PlanningNurse nurse, Visit v, long start, WeekClock clock) {
        int day = dayIndex(v, clock);
        NurseShift shift = new NurseShift(nurse.getId() + "@" + v.visitDate + "#extra-" + v.id, nurse, day, start, start);
        shift.setLocked(true);
        return shift;
    }

    private static Location location(List<Location> locations, String id, double latitude, double longitude) {
        Location location = new Location(id, locations.size(), latitude, longitude);
        locations.add(location);
        return location;
    }

    private static long hours(BigDecimal hours) {
        return hours == null ? 0 : hours.multiply(BigDecimal.valueOf(3600)).longValue();
    }

    private static Set<String> ids(Collection<Long> ids) {
        return ids == null ? Set.of() : ids.stream().map(String::valueOf).collect(Collectors.toSet());
    }
}
