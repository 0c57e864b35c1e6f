package care.rondo.demo;

import care.rondo.domain.Account;
import care.rondo.domain.CarePlan;
import care.rondo.domain.Client;
import care.rondo.domain.Role;
import care.rondo.domain.Team;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;

/**
 * Loads the demo team at start when {@code rondo.demo.enabled=true} and the database has no team yet, with
 * logins {@code anna.demo} ... {@code lotte.demo} (members), {@code coordinator.demo} and {@code admin.demo},
 * all with the password {@value #PASSWORD}. {@code rondo.demo.teams=N} (RONDO_DEMO_TEAMS) loads N copies, the
 * k-th with member logins {@code anna.demoK} ({@link DemoTeamGenerator#generateCopy}). Logs counts only.
 */
@ApplicationScoped
public class DemoLoader {

    static final long SEED = 20260105L;
    static final String PASSWORD = "rondo-demo";
    private static final Logger LOG = Logger.getLogger(DemoLoader.class);

    @ConfigProperty(name = "rondo.demo.enabled", defaultValue = "false")
    boolean enabled;

    @ConfigProperty(name = "rondo.demo.teams", defaultValue = "1")
    int teams;

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        // several instances starting together on one new database: one loads, the others then find its teams
        Team.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(20260105)").getSingleResult();
        if (Team.count() == 0) {
            for (int copy = 1; copy <= teams; copy++) {
                load(copy);
            }
        }
    }

    /** Stores the demo team in one transaction unless a team of that name exists; true when it loaded. */
    @Transactional
    public boolean load() {
        return load(1);
    }

    /** Stores copy {@code number} of the demo team unless a team of its name exists; true when it loaded. */
    @Transactional
    public boolean load(int number) {
        DemoTeam demo = new DemoTeamGenerator(SEED).generateCopy(number);
        if (Team.count("name", demo.team().name) > 0) {
            return false;
        }
        demo.team().persist();
        long teamId = demo.team().id;
        List<Long> nurseIds = new ArrayList<>();
        for (DemoTeam.DemoNurse demoNurse : demo.nurses()) {
            demoNurse.nurse().teamId = teamId;
            demoNurse.nurse().persist();
            nurseIds.add(demoNurse.nurse().id);
        }
        for (DemoTeam.DemoClient demoClient : demo.clients()) {
            Client client = demoClient.client();
            client.teamId = teamId;
            client.preferredNurseIds = ids(demoClient.preferredNurses(), nurseIds);
            client.refusedNurseIds = ids(demoClient.refusedNurses(), nurseIds);
            client.persist();
            for (CarePlan plan : demoClient.carePlans()) {
                plan.teamId = teamId;
                plan.clientId = client.id;
                plan.persist();
            }
        }
        int accounts = createAccounts(demo, teamId);
        LOG.infof("Loaded the demo team: %d nurses, %d clients, %d care plans, %d accounts", demo.nurses().size(),
                demo.clients().size(), demo.carePlans().size(), accounts);
        return true;
    }

    private static List<Long> ids(List<Integer> nurseIndexes, List<Long> nurseIds) {
        return new ArrayList<>(nurseIndexes.stream().map(nurseIds::get).toList());
    }

    private static int createAccounts(DemoTeam demo, long teamId) {
        // One hash for all: bcrypt is slow on purpose, and every demo account shares the password.
        String hash = BcryptUtil.bcryptHash(PASSWORD);
        int created = 0;
        for (DemoTeam.DemoNurse demoNurse : demo.nurses()) {
            created += createAccount(demoNurse.username(), Role.MEMBER, teamId, hash);
            // each member signs in as her own nurse, so the mobile API shows her visits
            Account.update("nurseId = ?1 where username = ?2", demoNurse.nurse().id, demoNurse.username());
        }
        created += createAccount("coordinator.demo", Role.COORDINATOR, null, hash);
        created += createAccount("admin.demo", Role.ADMIN, null, hash);
        return created;
    }

    private static int createAccount(String username, Role role, Long teamId, String hash) {
        if (Account.findByUsername(username).isPresent()) {
            return 0;
        }
        Account account = new Account();
        account.username = username;
        account.passwordHash = hash;
        account.role = role;
        account.teamId = teamId;
        account.persist();
        return 1;
    }
}
