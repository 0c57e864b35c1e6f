package care.rondo.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The served document is the contract outside clients generate from: it must equal the committed snapshot
 * {@code src/main/openapi/rondo.yaml} (from which the test build generates its own client) and lint clean, errors
 * and warnings, under Redocly's recommended rules. After a deliberate API change, refresh the snapshot with
 * {@code ./mvnw test -Dtest=OpenApiContractTest -Drondo.openapi.update=true}.
 */
@QuarkusTest
class OpenApiContractTest {

    static final Path SNAPSHOT = Path.of("src/main/openapi/rondo.yaml");
    // the linter from the npm registry, installed once into target/ (npm caches it between builds)
    private static final String REDOCLY = "@redocly/cli@2.77.0";
    private static final Path LINTER_HOME = Path.of("target/redocly");

    private static String served() {
        return given().get("/q/openapi").then().statusCode(200).extract().asString();
    }

    @Test
    void shouldServeTheCommittedSnapshot() throws IOException {
        String served = served();
        if (Boolean.getBoolean("rondo.openapi.update")) {
            Files.createDirectories(SNAPSHOT.getParent());
            Files.writeString(SNAPSHOT, served);
        }
        assertThat(served).as("the served /q/openapi against %s (refresh it after a deliberate API change)",
                SNAPSHOT).isEqualTo(Files.readString(SNAPSHOT));
    }

    @Test
    void shouldLintCleanWithoutErrorsOrWarnings() throws Exception {
        Path document = Path.of("target/openapi/served.yaml");
        Files.createDirectories(document.getParent());
        Files.writeString(document, served());
        Path redocly = LINTER_HOME.resolve("node_modules/.bin/redocly");
        if (!Files.isExecutable(redocly)) {
            Files.createDirectories(LINTER_HOME);
            run(List.of("npm", "install", "--prefix", LINTER_HOME.toString(), "--no-audit", "--no-fund", REDOCLY));
        }
        String output = run(List.of(redocly.toString(), "lint", document.toString()));
        // "valid" alone still allows warnings: Redocly then adds "You have N warnings"
        assertThat(output).contains("Your API description is valid").doesNotContainPattern("You have \\d+ warning");
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("%s finished", command).isTrue();
        assertThat(process.exitValue()).as("%s exit code; output:%n%s", command, output).isZero();
        return output;
    }
}
