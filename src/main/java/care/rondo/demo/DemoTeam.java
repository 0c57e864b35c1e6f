package care.rondo.demo;

import care.rondo.domain.CarePlan;
import care.rondo.domain.Client;
import care.rondo.domain.Nurse;
import care.rondo.domain.Team;

import java.util.List;

/**
 * The demo team before it is stored: entities without ids, and references between them as list indexes
 * (nurse ids exist only once the nurses are persisted).
 */
public record DemoTeam(Team team, List<DemoNurse> nurses, List<DemoClient> clients) {

    /** A nurse and the username of her member account. */
    public record DemoNurse(Nurse nurse, String username) {
    }

    /** A client with her preferred and refused nurses (indexes into {@link #nurses}) and her care plans. */
    public record DemoClient(Client client, List<Integer> preferredNurses, List<Integer> refusedNurses,
                             List<CarePlan> carePlans) {
    }

    public List<CarePlan> carePlans() {
        return clients.stream().flatMap(c -> c.carePlans().stream()).toList();
    }
}
