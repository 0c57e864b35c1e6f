package care.rondo.testing;

import care.rondo.domain.Account;
import care.rondo.domain.Client;
import care.rondo.domain.Role;
import care.rondo.domain.Team;
import care.rondo.security.TokenIssuer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Map;
import java.util.UUID;

/**
 * Creates teams and accounts directly in the database and mints their tokens, so that each test starts from
 * its own fresh team and never depends on another test's data.
 */
@ApplicationScoped
public class Fixtures {

    @Inject
    TokenIssuer issuer;

    public record TeamWithMember(long teamId, String memberToken) {
    }

    @Transactional
    public TeamWithMember newTeamWithMember() {
        Team team = new Team();
        team.name = "Team " + UUID.randomUUID();
        team.neighbourhood = "Lombok";
        team.officeLatitude = 52.0907;
        team.officeLongitude = 5.1022;
        team.persist();
        return new TeamWithMember(team.id, token(Role.MEMBER, team.id));
    }

    @Transactional
    public String token(Role role, Long teamId) {
        Account account = new Account();
        account.username = role.group() + "-" + UUID.randomUUID();
        // never used to sign in: tests get their token minted directly
        account.passwordHash = "$2a$10$unusedunusedunusedunuseduOq1sF5mK8x3LrM0k9kZtKxkQ2f9a";
        account.role = role;
        account.teamId = teamId;
        account.persist();
        return issuer.issue(account).token();
    }

    /** A member of the team who signs in as the given nurse (the mobile API's caller). */
    @Transactional
    public String nurseToken(long teamId, long nurseId) {
        Account account = new Account();
        account.username = "nurse-" + UUID.randomUUID();
        account.passwordHash = "$2a$10$unusedunusedunusedunuseduOq1sF5mK8x3LrM0k9kZtKxkQ2f9a";
        account.role = Role.MEMBER;
        account.teamId = teamId;
        account.nurseId = nurseId;
        account.persist();
        return issuer.issue(account).token();
    }

    @Transactional
    public void describeClient(long clientId, String name, String notes) {
        Client client = Client.findById(clientId);
        client.name = name;
        client.notes = notes;
    }

    /** A member of the team who signs in on the page with this password (the browser tests' user): her username. */
    public String memberSigningIn(long teamId, String password) {
        String username = "member." + UUID.randomUUID().toString().substring(0, 8);
        Api.as(admin()).body(Map.of("username", username, "password", password, "role", "MEMBER", "teamId", teamId))
                .post("/api/accounts").then().statusCode(201);
        return username;
    }

    public String admin() {
        return token(Role.ADMIN, null);
    }

    public String coordinator() {
        return token(Role.COORDINATOR, null);
    }
}
