package care.rondo.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.optaplanner.core.impl.solver.DefaultSolverFactory;

import care.rondo.solver.RosterSolverConfig;

/**
 * The hand-written cloner must copy every field of a roster, its shifts and its visits, and point every reference
 * between them at the copies. Every primitive and boxed field of the originals is first set to a random value, so
 * a field someone adds and forgets in {@code copyForClone} shows up here as a mismatch, not as a lucky default.
 */
class VisitRosterClonerTest {

    private final Random random = new Random(7);

    @Test
    void copiesEveryFieldAndRedirectsEveryReference() throws Exception {
        VisitRoster original = timedRoster();
        scramblePlainFields(original);
        original.getShifts().forEach(this::scramblePlainFields);
        scramblePlainFields(original.getUnassigned());
        original.getVisits().forEach(this::scramblePlainFields);

        VisitRoster clone = new VisitRosterCloner().cloneSolution(original);

        Map<Object, Object> counterpart = new IdentityHashMap<>();
        counterpart.put(original, clone);
        pair(original.getShifts(), clone.getShifts(), counterpart);
        counterpart.put(original.getUnassigned(), clone.getUnassigned());
        pair(original.getVisits(), clone.getVisits(), counterpart);
        for (Map.Entry<Object, Object> entry : counterpart.entrySet()) {
            assertThat(entry.getValue()).isNotSameAs(entry.getKey()).isInstanceOf(entry.getKey().getClass());
            assertFieldsCopied(entry.getKey(), entry.getValue(), counterpart);
        }
    }

    @Test
    void theSolverUsesIt() {
        var descriptor = ((DefaultSolverFactory<VisitRoster>) SolverFactory.<VisitRoster> create(config()))
                .getSolutionDescriptor();
        assertThat(descriptor.getSolutionCloner()).isInstanceOf(VisitRosterCloner.class);
    }

    private static void pair(List<?> originals, List<?> clones, Map<Object, Object> counterpart) {
        assertThat(clones).hasSameSizeAs(originals);
        for (int i = 0; i < originals.size(); i++) {
            counterpart.put(originals.get(i), clones.get(i));
        }
    }

    /** Entities map to their copies (lists of them element by element, in a new list); everything else is shared. */
    private static void assertFieldsCopied(Object original, Object clone, Map<Object, Object> counterpart)
            throws IllegalAccessException {
        for (Field field : original.getClass().getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            field.setAccessible(true);
            Object before = field.get(original);
            Object after = field.get(clone);
            String where = original.getClass().getSimpleName() + "." + field.getName();
            if (before instanceof List<?> list && !list.isEmpty() && counterpart.containsKey(list.get(0))) {
                assertThat(after).as(where).isNotSameAs(before);
                List<Object> expected = list.stream().map(counterpart::get).toList();
                assertThat(List.copyOf((List<?>) after)).as(where).isEqualTo(expected);
            } else if (before != null && counterpart.containsKey(before)) {
                assertThat(after).as(where).isSameAs(counterpart.get(before));
            } else {
                assertThat(after).as(where).isEqualTo(before);
            }
        }
    }

    /** Sets every primitive and boxed number or flag to a random value unlikely to be anyone's default. */
    private void scramblePlainFields(Object target) {
        try {
            for (Field field : target.getClass().getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isFinal(modifiers)) {
                    continue;
                }
                field.setAccessible(true);
                Class<?> type = field.getType();
                if (type == int.class || type == Integer.class) {
                    field.set(target, 1000 + random.nextInt(1_000_000));
                } else if (type == long.class || type == Long.class) {
                    field.set(target, 1000L + random.nextInt(1_000_000));
                } else if (type == boolean.class || type == Boolean.class) {
                    field.set(target, !(Boolean.TRUE.equals(field.get(target))));
                }
            }
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    /** Two nurses, seven visits with a double-handed pair, timed by a real score director. */
    private static VisitRoster timedRoster() {
        RosterFixture f = new RosterFixture();
        PlanningNurse anna = f.nurse("anna", 5);
        PlanningNurse bram = f.nurse("bram", 5);
        NurseShift annaShift = f.shift(anna, 0, 7, 15);
        NurseShift bramShift = f.shift(bram, 0, 7, 15);
        List<PlanningVisit> singles = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            singles.add(f.visit("v" + i, PlanningClient.of("c" + i), 1 + i, (8 + i) * 60L, (9 + i) * 60L, 30));
        }
        PlanningVisit lead = f.visit("dh-a", PlanningClient.of("c9"), 9, 10 * 60L, 11 * 60L, 30);
        PlanningVisit other = new PlanningVisit("dh-b", lead.getClient(), lead.getLocation(), lead.getEarliestStart(),
                lead.getLatestStart(), 30, 1, Set.of("wound care"), 1);
        f.visits.add(other);
        PlanningVisit.linkDoubleHanded(lead, other);
        VisitRoster roster = f.roster(new WorkRules(8 * 60, 11 * 60, 60));
        annaShift.getVisits().addAll(List.of(singles.get(0), lead, singles.get(1)));
        bramShift.getVisits().addAll(List.of(singles.get(2), other, singles.get(3)));
        roster.getUnassigned().getVisits().add(singles.get(4));
        var factory = (DefaultSolverFactory<VisitRoster>) SolverFactory.<VisitRoster> create(config());
        try (InnerScoreDirector<VisitRoster, ?> director = factory.getScoreDirectorFactory()
                .buildScoreDirector(false, false)) {
            director.setWorkingSolution(roster);
            HardMediumSoftLongScore score = (HardMediumSoftLongScore) director.calculateScore();
            assertThat(score).isNotNull();
        }
        assertThat(lead.getShift()).isSameAs(annaShift);
        assertThat(lead.getStartTime()).isNotNull();
        return roster;
    }

    private static SolverConfig config() {
        return RosterSolverConfig.create(new TerminationConfig().withStepCountLimit(1), EnvironmentMode.REPRODUCIBLE,
                false);
    }
}
