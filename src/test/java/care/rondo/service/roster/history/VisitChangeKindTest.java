package care.rondo.service.roster.history;

import static org.assertj.core.api.Assertions.assertThat;

import care.rondo.domain.LinkKind;
import care.rondo.domain.Visit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * How a re-plan's diff names what happened to a visit; double-handed parts traded between their nurses are no change.
 */
class VisitChangeKindTest {

    private static final Instant EIGHT = Instant.parse("2026-12-16T07:00:00Z");

    @Test
    void anotherNurseIsAMove() {
        assertThat(VisitChangeKind.of(visit(1, 10L, EIGHT), visit(2, 11L, EIGHT), null))
                .isEqualTo(RosterDiff.Kind.MOVED_TO_OTHER_NURSE);
    }

    @Test
    void theSameNurseLaterIsAReschedule() {
        assertThat(VisitChangeKind.of(visit(1, 10L, EIGHT), visit(2, 10L, EIGHT.plusSeconds(1800)), null))
                .isEqualTo(RosterDiff.Kind.RESCHEDULED);
        assertThat(VisitChangeKind.of(visit(1, 10L, EIGHT), visit(2, 10L, EIGHT), null)).isNull();
    }

    /** Anna (10) and Bram (11) did the hoist transfer; in the re-plan Bram does the first part and Anna the second. */
    @Test
    void doubleHandedPartsTradedAreNoChange() {
        Visit leadBefore = visit(1, 10L, EIGHT);
        Visit otherBefore = visit(2, 11L, EIGHT);
        Visit leadNow = visit(3, 11L, EIGHT);
        Visit otherNow = visit(4, 10L, EIGHT);
        assertThat(VisitChangeKind.of(leadBefore, leadNow, otherBefore)).isNull();
        assertThat(VisitChangeKind.of(otherBefore, otherNow, leadBefore)).isNull();
    }

    /** Anna and Bram before; Bram and Cor (12) now: Cor's part moved to another nurse, Bram's did not. */
    @Test
    void doubleHandedWithANewNurseIsOneMove() {
        Visit leadBefore = visit(1, 10L, EIGHT);
        Visit otherBefore = visit(2, 11L, EIGHT);
        assertThat(VisitChangeKind.of(leadBefore, visit(3, 11L, EIGHT), otherBefore)).isNull();
        assertThat(VisitChangeKind.of(otherBefore, visit(4, 12L, EIGHT), leadBefore))
                .isEqualTo(RosterDiff.Kind.MOVED_TO_OTHER_NURSE);
    }

    @Test
    void partnersAreFoundBothWaysAndOnlyForDoubleHandedVisits() {
        Visit first = visit(1, 10L, EIGHT);
        Visit second = visit(2, 11L, EIGHT);
        second.linkKind = LinkKind.DOUBLE_HANDED;
        second.linkedVisitId = 1L;
        Visit followUp = visit(3, 10L, EIGHT.plusSeconds(3600));
        followUp.linkKind = LinkKind.FOLLOW_UP;
        followUp.linkedVisitId = 1L;
        Map<Long, Visit> partners = VisitChangeKind.doubleHandedPartners(List.of(first, second, followUp));
        assertThat(partners).containsOnlyKeys(1L, 2L);
        assertThat(partners.get(1L)).isSameAs(second);
        assertThat(partners.get(2L)).isSameAs(first);
    }

    private static Visit visit(long id, Long nurseId, Instant start) {
        Visit visit = new Visit();
        visit.id = id;
        visit.nurseId = nurseId;
        visit.plannedStart = start;
        return visit;
    }
}
