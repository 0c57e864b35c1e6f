package care.rondo.web;

import care.rondo.domain.AbsenceKind;
import care.rondo.domain.RosterStatus;
import care.rondo.domain.SolverStatus;
import care.rondo.domain.TravelMode;
import care.rondo.planning.ScoreLevel;
import care.rondo.service.roster.history.RosterDiff;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page's modules stay readable side by side in a review (no line of a JS file over 120 characters) and decide
 * nothing from a copy of the server's enums: the server sends the flag (editable, inForce, solving,
 * waitingForSolver, a constraint's hard), the words (a diff change's description) or the choices a form offers
 * (travel modes, absence kinds, each with its label).
 */
class PageSourceLinesTest {

    private static final Path PAGE = Path.of("src/main/resources/META-INF/resources");
    private static final int LONGEST = 120;

    @Test
    void noJavaScriptLineIsLongerThan120Characters() throws IOException {
        List<Path> files = javaScript();
        assertThat(files).as("the page's modules").isNotEmpty();
        List<String> tooLong = new ArrayList<>();
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                int length = lines.get(i).codePointCount(0, lines.get(i).length());
                if (length > LONGEST) {
                    tooLong.add(PAGE.relativize(file) + ":" + (i + 1) + " has " + length + " characters");
                }
            }
        }
        assertThat(tooLong).isEmpty();
    }

    @Test
    void noModuleMirrorsTheServersEnums() throws IOException {
        List<String> values = Stream.of(RosterStatus.values(), SolverStatus.values(), RosterDiff.Kind.values(),
                        ScoreLevel.values(), TravelMode.values(), AbsenceKind.values())
                .flatMap(Stream::of).map(Enum::name).toList();
        List<String> mirrored = new ArrayList<>();
        for (Path file : javaScript()) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                for (String value : values) {
                    if (lines.get(i).contains("'" + value + "'") || lines.get(i).contains("\"" + value + "\"")) {
                        mirrored.add(PAGE.relativize(file) + ":" + (i + 1) + " names " + value);
                    }
                }
            }
        }
        assertThat(mirrored).isEmpty();
    }

    private static List<Path> javaScript() throws IOException {
        try (Stream<Path> all = Files.walk(PAGE)) {
            return all.filter(p -> p.toString().endsWith(".js")).sorted().toList();
        }
    }
}
