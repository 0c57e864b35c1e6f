package care.rondo;

import care.rondo.testing.Slow;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast tier ({@code ./mvnw test}) stays fast: a test that needs a Quarkus application of its own (a
 * {@link TestProfile}) is {@link Slow}, and the pom's default-test execution names it among its excludes. Quarkus
 * 3.33 builds each profile's application while JUnit discovers the classes, before the tag filter drops the slow
 * ones, so an unnamed one would cost every fast run a build of its own (about 10 s on two cores).
 */
class TestTiersTest {

    private static final Path TEST_CLASSES = Path.of("target", "test-classes");
    private static final String DEFAULT_TEST_EXCLUDES = "/project/build/plugins"
            + "/plugin[artifactId='maven-surefire-plugin']/executions/execution[id='default-test']"
            + "/configuration/excludes/exclude";

    @Test
    void aTestWithAProfileOfItsOwnIsSlowAndLeftOutOfTheFastTiersDiscovery() throws Exception {
        List<Class<?>> withProfile = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEST_CLASSES.resolve("care/rondo"))) {
            for (Path file : files.filter(f -> f.toString().endsWith("Test.class")).toList()) {
                String name = TEST_CLASSES.relativize(file).toString().replace(File.separatorChar, '.')
                        .replaceAll("\\.class$", "");
                Class<?> test = Class.forName(name, false, getClass().getClassLoader());
                if (test.isAnnotationPresent(TestProfile.class)) {
                    withProfile.add(test);
                }
            }
        }
        assertThat(withProfile).as("the rule must match classes").isNotEmpty();

        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(DEFAULT_TEST_EXCLUDES,
                DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File("pom.xml")),
                XPathConstants.NODESET);
        List<String> excluded = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            excluded.add(nodes.item(i).getTextContent().trim());
        }
        for (Class<?> test : withProfile) {
            assertThat(test.isAnnotationPresent(Slow.class)).as("%s is @Slow", test.getSimpleName()).isTrue();
            assertThat(excluded).as("default-test's excludes").contains(test.getName().replace('.', '/') + ".java");
        }
    }
}
