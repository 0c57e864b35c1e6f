package care.rondo.web;

import care.rondo.domain.AbsenceKind;
import care.rondo.domain.CancellationRequest;
import care.rondo.domain.ContinuityImportance;
import care.rondo.domain.LinkKind;
import care.rondo.domain.Role;
import care.rondo.domain.RosterStatus;
import care.rondo.domain.SolverStatus;
import care.rondo.domain.TravelMode;
import care.rondo.planning.ScoreLevel;
import care.rondo.service.roster.analysis.DayRoute;
import care.rondo.service.roster.history.RosterDiff;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page's modules stay readable side by side in a review (no line of a JS file over 120 characters) and decide
 * nothing from a copy of the server's enums: the server sends the flag (editable, inForce, solving,
 * waitingForSolver, a constraint's hard, a team's mayPlan and maySeeClientNotes, a client's requestOpen and
 * requestDeclined, a route's roadMap), the words (a diff change's description, a visit's linkLabel) or the choices a
 * form offers (travel modes, absence kinds, continuity importances, each with its label).
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
        List<String> values = Stream.concat(Stream.of(RosterStatus.values(), SolverStatus.values(),
                                RosterDiff.Kind.values(), ScoreLevel.values(), TravelMode.values(), AbsenceKind.values(),
                                Role.values(), LinkKind.values(), ContinuityImportance.values())
                        .flatMap(Stream::of).map(Enum::name),
                Stream.of(CancellationRequest.OPEN, CancellationRequest.CONFIRMED, CancellationRequest.DECLINED,
                        DayRoute.ROAD, DayRoute.STRAIGHT_LINE)).toList();
        List<String> mirrored = new ArrayList<>();
        for (Path file : javaScript()) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                for (String value : values) {
                    if (copies(value).matcher(lines.get(i)).find()) {
                        mirrored.add(PAGE.relativize(file) + ":" + (i + 1) + " names " + value);
                    }
                }
            }
        }
        assertThat(mirrored).isEmpty();
    }

    /** The value as a string ('OPEN', "OPEN", `OPEN`), a key of an object ({ OPEN: ... }) or a property (x.OPEN). */
    private static Pattern copies(String value) {
        String name = Pattern.quote(value);
        return Pattern.compile("(['\"`])" + name + "\\1|(?<![\\w$])" + name + "\\s*:(?!:)|\\." + name + "(?![\\w$])");
    }

    private static List<Path> javaScript() throws IOException {
        try (Stream<Path> all = Files.walk(PAGE)) {
            return all.filter(p -> p.toString().endsWith(".js")).sorted().toList();
        }
    }
}
