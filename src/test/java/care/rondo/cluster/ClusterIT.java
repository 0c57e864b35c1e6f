package care.rondo.cluster;

import care.rondo.bench.ClusterTrial;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 end to end: the packaged jar as three service processes on one real PostgreSQL (embedded, started by
 * the trial), six team-week solves requested through the first, the last killed with SIGKILL while it solves.
 * Short solver limits keep it to a couple of minutes. The processes' logs stay in target/cluster-it/.
 */
class ClusterIT {

    @Test
    void shouldEndEverySolveWithAProposalAcrossInstancesWhenOneIsKilled() throws Exception {
        ClusterTrial.Result result = new ClusterTrial(new ClusterTrial.Options(3, 6, 3, true,
                Path.of("target", "quarkus-app", "quarkus-run.jar"), Path.of("target", "cluster-it")), System.out)
                .run();
        System.out.println(result.line());
        assertThat(result.killed()).as("an instance was killed mid-solve").isEqualTo("node-3");
        assertThat(result.problems()).as("rosters that did not end with a proposal (or kept a job)").isEmpty();
        assertThat(result.lost()).isZero();
        assertThat(result.duplicated()).as("rosters whose solve ended twice").isZero();
        assertThat(result.perInstance()).as("rosters each instance was seen solving").hasSize(3)
                .allSatisfy((instance, solved) -> assertThat(solved).as(instance).isPositive());
    }
}
