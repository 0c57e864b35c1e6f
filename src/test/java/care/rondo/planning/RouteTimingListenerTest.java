package care.rondo.planning;

import static care.rondo.planning.RosterFixture.route;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.director.ScoreDirector;

/**
 * The incremental paths of the timing listener that a solve rarely hits: a visit leaving its route for the
 * unassigned bucket must re-time both the route it left and its partner's route.
 */
class RouteTimingListenerTest {

    private final RosterFixture f = new RosterFixture();
    private final PlanningClient client = PlanningClient.of("c");
    private final NurseShift ann = f.shift(f.nurse("ann", 5), 0, 7, 15);
    private final NurseShift bob = f.shift(f.nurse("bob", 5), 0, 7, 15);
    private final RouteTimingListener listener = new RouteTimingListener();

    private VisitRoster roster;

    /** Hands out the roster and ignores the change notifications. */
    @SuppressWarnings("unchecked")
    private final ScoreDirector<VisitRoster> ignoringScoreDirector = (ScoreDirector<VisitRoster>) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] { ScoreDirector.class },
            (proxy, method, args) -> method.getName().equals("getWorkingSolution") ? roster : null);

    @Test
    void partnerStopsWaitingWhenTheOtherHalfIsUnassigned() {
        PlanningVisit a = f.visit("a", client, 1, 0, 100_000, 30);
        PlanningVisit b = f.visit("b", client, 1, 0, 100_000, 30);
        PlanningVisit.linkDoubleHanded(a, b);
        route(ann, f.visit("before", client, 1, 0, 100_000, 60), a);
        route(bob, b);
        roster = f.timedRoster(WorkRules.none());
        assertThat(b.getStartTime()).isEqualTo(483);

        listener.beforeVariableChanged(ignoringScoreDirector, a);
        ann.getVisits().remove(a);
        roster.getUnassigned().getVisits().add(a);
        a.setRoute(roster.getUnassigned(), null, null);
        listener.afterVariableChanged(ignoringScoreDirector, a);

        assertThat(a.getStartTime()).isNull();
        assertThat(b.getStartTime()).isEqualTo(423);
        assertThat(ann.getWorkEnd()).as("ann now comes home after 'before'").isEqualTo(483 + 3);
    }
}
