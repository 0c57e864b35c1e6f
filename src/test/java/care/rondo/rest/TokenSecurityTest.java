package care.rondo.rest;

import care.rondo.domain.Role;
import care.rondo.security.TokenIssuer;
import care.rondo.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static care.rondo.testing.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Tokens are trusted only when signed with this installation's key and naming a live, unchanged account. */
@QuarkusTest
class TokenSecurityTest {

    static final String PASSWORD = "correct-horse-1";

    @Inject
    Fixtures fixtures;

    @Test
    void noKeyIsBundledWithTheApplication() {
        assertThat(getClass().getClassLoader().getResource("demo-keys/privateKey.pem")).isNull();
        assertThat(Path.of("src/main/resources/demo-keys")).doesNotExist();
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey foreign = generator.generateKeyPair().getPrivate();
        String forgedAdmin = Jwt.issuer("https://rondo.care/issuer").audience("rondo").upn("nobody")
                .subject("1").groups(Set.of("admin")).claim(TokenIssuer.ACCOUNT_STAMP_CLAIM, 0).expiresIn(3600)
                .sign(foreign);

        as(forgedAdmin).get("/api/accounts").then().statusCode(401)
                .contentType("application/problem+json");
        as(forgedAdmin).body(Map.of("name", "Forged", "office", Map.of("latitude", 52.1, "longitude", 5.1)))
                .post("/api/teams").then().statusCode(401);
    }

    @Test
    void aTokenOfTheRightKeyThatNamesNoAccountIsRefused() throws Exception {
        PrivateKey ours = io.smallrye.jwt.util.KeyUtils.decodePrivateKey(
                Files.readString(care.rondo.testing.TestKeysResource.DIRECTORY.resolve("privateKey.pem")));
        String noAccount = Jwt.issuer("https://rondo.care/issuer").audience("rondo").upn("ghost")
                .groups(Set.of("admin")).expiresIn(3600).sign(ours);
        String unknownAccount = Jwt.issuer("https://rondo.care/issuer").audience("rondo").upn("ghost")
                .subject("987654321").groups(Set.of("admin")).claim(TokenIssuer.ACCOUNT_STAMP_CLAIM, 0)
                .expiresIn(3600).sign(ours);

        as(noAccount).get("/api/accounts").then().statusCode(401);
        as(unknownAccount).get("/api/accounts").then().statusCode(401);
    }

    @Test
    void deactivatingAnAccountEndsItsTokensAtOnce() {
        String admin = fixtures.admin();
        Account member = newMember(admin);
        String token = signIn(member.username);
        as(token).get("/api/teams/" + member.teamId).then().statusCode(200);

        update(admin, member, Map.of("active", false));

        as(token).get("/api/teams/" + member.teamId).then().statusCode(401)
                .contentType("application/problem+json");
        given().contentType("application/json").body(Map.of("username", member.username, "password", PASSWORD))
                .post("/api/auth/token").then().statusCode(401);
    }

    @Test
    void aChangedPasswordEndsEarlierTokens() {
        String admin = fixtures.admin();
        Account member = newMember(admin);
        String before = signIn(member.username);

        update(admin, member, Map.of("password", "another-secret-2"));

        as(before).get("/api/teams/" + member.teamId).then().statusCode(401);
    }

    @Test
    void aChangedRoleOrTeamEndsEarlierTokens() {
        String admin = fixtures.admin();
        Account member = newMember(admin);
        String asMember = signIn(member.username);
        update(admin, member, Map.of("role", "COORDINATOR", "teamId", ""));
        as(asMember).get("/api/teams/" + member.teamId).then().statusCode(401);
        String asCoordinator = signIn(member.username);
        as(asCoordinator).get("/api/teams").then().statusCode(200);

        Account moved = newMember(admin);
        String inOldTeam = signIn(moved.username);
        long otherTeam = fixtures.newTeamWithMember().teamId();
        update(admin, moved, Map.of("teamId", otherTeam));
        as(inOldTeam).get("/api/teams/" + moved.teamId).then().statusCode(401);
        as(signIn(moved.username)).get("/api/teams/" + otherTeam).then().statusCode(200);
    }

    @Test
    void anUnchangedAccountKeepsItsToken() {
        String admin = fixtures.admin();
        Account member = newMember(admin);
        String token = signIn(member.username);
        as(admin).get("/api/accounts/" + member.id).then().statusCode(200);
        as(token).get("/api/teams/" + member.teamId).then().statusCode(200);
    }

    @Test
    void signInIsThrottledPerAccountWithTheSameAnswerForUnknownAccounts() {
        Account member = newMember(fixtures.admin());
        String unknown = "nobody-" + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            attempt(member.username, "wrong-password").then().statusCode(401);
            attempt(unknown, "wrong-password").then().statusCode(401);
        }
        var known = attempt(member.username, PASSWORD).then().statusCode(429)
                .contentType("application/problem+json").body("status", equalTo(429)).extract();
        var none = attempt(unknown, PASSWORD).then().statusCode(429).extract();
        assertThat(Long.parseLong(known.header("Retry-After"))).isBetween(1L, 900L);
        assertThat(none.header("Retry-After")).isNotNull();
        assertThat(none.jsonPath().getString("detail")).isEqualTo(known.jsonPath().getString("detail"));
    }

    private static io.restassured.response.Response attempt(String username, String password) {
        return given().contentType("application/json").body(Map.of("username", username, "password", password))
                .post("/api/auth/token");
    }

    record Account(long id, String username, long teamId) {
    }

    private Account newMember(String admin) {
        long teamId = fixtures.newTeamWithMember().teamId();
        String username = "member-" + UUID.randomUUID();
        long id = as(admin).body(Map.of("username", username, "password", PASSWORD, "role", Role.MEMBER.name(),
                "teamId", teamId)).post("/api/accounts").then().statusCode(201).extract().jsonPath().getLong("id");
        return new Account(id, username, teamId);
    }

    private void update(String admin, Account account, Map<String, Object> changes) {
        var current = as(admin).get("/api/accounts/" + account.id).then().statusCode(200).extract().jsonPath();
        Map<String, Object> body = new HashMap<>();
        body.put("username", account.username);
        body.put("role", current.getString("role"));
        body.put("teamId", current.get("teamId"));
        body.put("version", current.getLong("version"));
        changes.forEach((key, value) -> body.put(key, "".equals(value) ? null : value));
        as(admin).body(body).put("/api/accounts/" + account.id).then().statusCode(200);
    }

    static String signIn(String username) {
        return given().contentType("application/json").body(Map.of("username", username, "password", PASSWORD))
                .post("/api/auth/token").then().statusCode(200).body("tokenType", equalTo("Bearer"))
                .extract().jsonPath().getString("accessToken");
    }
}
