package care.rondo.bench;

import static org.assertj.core.api.Assertions.assertThat;

import care.rondo.bench.HhcrspInstance.VisitRef;
import care.rondo.planning.NurseShift;
import care.rondo.planning.PlanningVisit;
import care.rondo.planning.VisitRoster;
import care.rondo.solver.RosterSolverConfig;
import org.assertj.core.api.Assertions;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;

/**
 * The published best routes are valid with exact timing, so the model's timetable must find that timing: the first
 * visit of a sequence has to wait when its follow-up cannot start within the maximum gap (10_4 scored -138286 hard
 * while the first visits were never delayed).
 */
class HhcrspSequenceTimingTest {

    @ParameterizedTest
    @CsvSource({
        "InstanzCPLEX_HCSRP_10_4, sol-InstanzCPLEX_HCSRP_10_4-3064405152.json",
        "InstanzCPLEX_HCSRP_10_5, sol-InstanzCPLEX_HCSRP_10_5-1152985571.json",
        "InstanzCPLEX_HCSRP_25_1, sol-InstanzCPLEX_HCSRP_25_1-594983811.json",
    })
    void publishedBestRoutesHaveNoHardPenaltyInTheModel(String instance, String solution) throws IOException {
        HhcrspInstance inst = HhcrspReader.read(HhcrspEvaluatorTest.DIR.resolve(instance + ".json"));
        HhcrspSolution published = HhcrspSolutionIo.read(HhcrspEvaluatorTest.DIR.resolve(solution));
        List<List<VisitRef>> routes = HhcrspScheduler.routesOf(inst, published);
        VisitRoster roster = new HhcrspMapper(inst).toRoster();
        Map<String, PlanningVisit> byId = new HashMap<>();
        roster.getVisits().forEach(v -> byId.put(v.getId(), v));
        for (int k = 0; k < routes.size(); k++) {
            NurseShift shift = roster.getShifts().get(k);
            for (VisitRef ref : routes.get(k)) {
                var patient = inst.patients().get(ref.patient());
                shift.getVisits().add(byId.get(patient.id() + "/" + patient.required().get(ref.req()).service()));
            }
        }

        HardMediumSoftLongScore score = SolutionManager.<VisitRoster, HardMediumSoftLongScore>create(
                SolverFactory.create(RosterSolverConfig.create(Duration.ofSeconds(1), Duration.ofSeconds(1),
                        EnvironmentMode.REPRODUCIBLE))).update(roster);

        assertThat(score.hardScore()).isZero();
        assertThat(score.mediumScore()).isZero();
        double cost = HhcrspScheduler.cost(inst, routes);
        assertThat(-score.softScore() / (double) HhcrspMapper.SCALE / 3).isCloseTo(cost,
                Assertions.within(0.01));
    }
}
