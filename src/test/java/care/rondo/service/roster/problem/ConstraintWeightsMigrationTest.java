package care.rondo.service.roster.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import care.rondo.domain.TeamConstraintWeights;
import care.rondo.planning.RosterConstraint;
import care.rondo.planning.RosterConstraintWeights;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** Weights stored under labels before V76 are read under the stable keys after it, with their values. */
class ConstraintWeightsMigrationTest {

    @Test
    void weightsStoredUnderLabelsAreRekeyedAndStillApply() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource database = postgres.getPostgresDatabase();
            Flyway.configure().dataSource(database).locations("classpath:db/migration").target("74").load().migrate();
            try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
                sql.execute("insert into team (id, name, office_latitude, office_longitude) values (1, 'T', 52, 5)");
                sql.execute("insert into team_constraint_weights (team_id, weights) values (1, '{\"Travel time\": 3,"
                        + " \"Distinct nurses per client\": 7200, \"Teleportation\": 9}')");
            }
            Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();

            Map<String, Long> stored = storedWeights(database);
            assertThat(stored).containsOnly(Map.entry("travel-time", 3L),
                    Map.entry("distinct-nurses-per-client", 7200L), Map.entry("Teleportation", 9L));
            TeamConstraintWeights entity = new TeamConstraintWeights();
            entity.weights = stored;
            RosterConstraintWeights effective = ConstraintWeightsService.effective(entity);
            assertThat(effective.weightOf(RosterConstraint.TRAVEL_TIME).softScore()).isEqualTo(3);
            assertThat(effective.weightOf(RosterConstraint.DISTINCT_NURSES_PER_CLIENT).softScore()).isEqualTo(7200);
        }
    }

    @Test
    void everyConstraintOfTheWeightsClassHasOneIdentityWithAUniqueKey() {
        assertThat(Arrays.stream(RosterConstraint.values()).map(RosterConstraint::key).distinct())
                .hasSize(RosterConstraint.values().length);
        for (RosterConstraint constraint : RosterConstraint.values()) {
            assertThat(RosterConstraint.byKey(constraint.key())).contains(constraint);
            assertThat(RosterConstraint.byLabel(constraint.label())).isEqualTo(constraint);
            // a hard rule weighs on the hard level by default, a soft one never does
            var weight = RosterConstraintWeights.teamDefaults().weightOf(constraint);
            assertThat(weight.hardScore() != 0).isEqualTo(constraint.level() == care.rondo.planning.ScoreLevel.HARD);
        }
    }

    private static Map<String, Long> storedWeights(DataSource database) throws Exception {
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement();
             ResultSet row = sql.executeQuery("select weights::text from team_constraint_weights where team_id = 1")) {
            row.next();
            return new ObjectMapper().readValue(row.getString(1), new TypeReference<Map<String, Long>>() { });
        }
    }
}
