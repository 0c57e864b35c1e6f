package care.rondo.service.roster.analysis;

import care.rondo.domain.Roster;
import care.rondo.domain.SolverStatus;
import care.rondo.testing.CaseloadFixtures;
import care.rondo.testing.Fixtures;
import care.rondo.testing.SmallTeam;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A roster is analysed once per state of its inputs: polling the board reuses it, and any change to what it is made
 * from (also one written by a bulk update that moves no version) analyses it again; the board's status fields are
 * always fresh, and the KPIs and explanations of an unchanged roster reuse the board's analysis.
 */
@QuarkusTest
class RosterAnalysisCacheTest {

    @Inject
    Fixtures fixtures;

    @Inject
    CaseloadFixtures caseload;

    @Inject
    RosterAnalysisCache cache;


    @Inject
    DataSource dataSource;

    private final AtomicInteger builds = new AtomicInteger();

    @Test
    void rebuildsOnlyWhenAnInputChangesAndAlwaysShowsTheCurrentStatus() throws Exception {
        SmallTeam team = SmallTeam.create(fixtures, caseload);
        long rosterId = team.createRoster();

        RosterBoard first = read(rosterId);
        RosterBoard second = read(rosterId);
        assertThat(builds).hasValue(1);
        assertThat(second.visits()).isSameAs(first.visits());

        // status fields written behind the version's back are shown at once, without a rebuild
        sql("UPDATE roster SET solver_status = 'SOLVING' WHERE id = ?", rosterId);
        assertThat(read(rosterId).solverStatus()).isEqualTo(SolverStatus.SOLVING);
        assertThat(builds).hasValue(1);

        // each input, changed without moving any version, builds it again
        sql("UPDATE visit SET pin_reason = 'by phone' WHERE id = (SELECT min(id) FROM visit WHERE roster_id = ?)",
                rosterId);
        read(rosterId);
        assertThat(builds).hasValue(2);
        sql("UPDATE nurse SET name = 'Anna B.' WHERE id = ?", team.anna());
        read(rosterId);
        assertThat(builds).hasValue(3);
        sql("UPDATE client SET latitude = latitude + 0.001 WHERE id = ?", team.washingClient());
        read(rosterId);
        assertThat(builds).hasValue(4);
        caseload.absence(team.id(), team.bram(), team.week().instant(TUESDAY, "07:00"),
                team.week().instant(TUESDAY, "15:00"));
        read(rosterId);
        assertThat(builds).hasValue(5);
        read(rosterId);
        assertThat(builds).hasValue(5);
        // a client's wishes are an input of the score too
        sql("INSERT INTO client_wishes (client_id, team_id, own_words, updated_at)"
                + " SELECT id, team_id, 'Coffee first', now() FROM client WHERE id = ?", team.washingClient());
        read(rosterId);
        assertThat(builds).hasValue(6);
    }

    @Test
    void theBoardKpisAndExplanationsOfAnUnchangedRosterShareOneAnalysis() {
        SmallTeam team = SmallTeam.create(fixtures, caseload);
        long rosterId = team.createRoster();

        RosterAnalysisService.Analysed forKpis = analysed(rosterId);
        RosterAnalysisService.Analysed forExplanation = analysed(rosterId);
        read(rosterId); // the board draws from the same analysis
        assertThat(forExplanation).isSameAs(forKpis);
        assertThat(analyses).hasValue(1);
        assertThat(builds).hasValue(0);

        sql("UPDATE visit SET pin_reason = 'by phone' WHERE id = (SELECT min(id) FROM visit WHERE roster_id = ?)",
                rosterId);
        assertThat(analysed(rosterId)).isNotSameAs(forKpis);
        assertThat(analyses).hasValue(2);
    }

    private final AtomicInteger analyses = new AtomicInteger();

    private RosterAnalysisService.Analysed analysed(long rosterId) {
        return QuarkusTransaction.requiringNew().call(() -> cache.analysed(Roster.findById(rosterId), false, () -> {
            analyses.incrementAndGet();
            return new RosterAnalysisService.Analysed(null, null, null);
        }));
    }

    private RosterBoard read(long rosterId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Roster roster = Roster.findById(rosterId);
            return cache.board(roster, false, () -> {
                builds.incrementAndGet();
                return null; // this test draws its own board; the analysis itself is not looked at
            }, analysed -> new RosterBoard(roster.id, roster.teamId, roster.isoWeek, roster.timeZone, roster.status,
                        roster.status.isEditable(), roster.status.isInForce(), roster.solverStatus,
                        roster.acceptedVersion, roster.basedOnRosterId, roster.needsReplan, roster.version,
                        "0hard/0medium/0soft", true, List.of(), List.of(), new java.util.ArrayList<>()));
        });
    }

    private void sql(String statement, long id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(statement)) {
            connection.setAutoCommit(true);
            update.setLong(1, id);
            assertThat(update.executeUpdate()).isEqualTo(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
