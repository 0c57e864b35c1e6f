package care.rondo.web;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's headless Chromium driven through Selenium and Debian's chromedriver (both installed by .ci/run).
 * Where they are missing the browser tests are skipped with a message, unless RONDO_BROWSER_TESTS=required
 * (as .ci/run sets), which turns a missing browser into a failure. Screenshots go to target/screenshots.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final WebDriver driver;
    private final String baseUrl;
    private final Path profile;

    private Browser(WebDriver driver, String baseUrl, Path profile) {
        this.driver = driver;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.profile = profile;
    }

    /** A new headless Chromium at 1280×900 (pass a width for tablet checks), with a fresh profile. */
    public static Browser open(URL base, int width, int height) {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            String message = "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (apt-get install chromium chromium-driver)";
            if ("required".equals(System.getenv("RONDO_BROWSER_TESTS"))) {
                Assertions.fail(message);
            }
            Assumptions.abort(message + "; skipped");
        }
        try {
            Path profile = Files.createTempDirectory("rondo-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            // Flags as the machine's notes advise: no sandbox as root, and no background calls to Google's hosts,
            // which this closed network refuses.
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--window-size=" + width + "," + height,
                    "--user-data-dir=" + profile, "--lang=en-GB");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            return new Browser(driver, base.toString(), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Browser open(URL base) {
        return open(base, 1280, 900);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a path of the app, e.g. "/" or "/#/nurses". */
    public Browser go(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    public WebElement find(String css) {
        return waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public java.util.List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Waits up to 20 s (solver runs: pass longer) for a condition the page must reach. */
    public <T> T waitFor(Function<? super WebDriver, T> condition) {
        return waitFor(condition, Duration.ofSeconds(20));
    }

    public <T> T waitFor(Function<? super WebDriver, T> condition, Duration timeout) {
        // a page redraws what it updates: an element read by the condition may be replaced between the find and the
        // read, which is "not yet", not a failure
        return new WebDriverWait(driver, timeout, Duration.ofMillis(100))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
    }

    /** Fills the sign-in form and waits for the signed-in header. */
    public Browser signIn(String username, String password) {
        go("/");
        find("input[name=username]").sendKeys(username);
        find("input[name=password]").sendKeys(password);
        find("form.sign-in button[type=submit]").click();
        find("header.top #who");
        return this;
    }

    // ---- the keyboard only, as a person who uses no mouse ----

    /** Types keys (text, Tab, Enter, ...) into whatever has the focus. */
    public void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }

    /** The element that has the focus. */
    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Presses Tab until the element matching {@code css} has the focus, failing after {@code atMost} presses. */
    public WebElement tabTo(String css, int atMost) {
        WebElement target = find(css);
        for (int i = 0; i < atMost && !target.equals(focused()); i++) {
            press(Keys.TAB);
        }
        assertThat(focused()).as("Tab reaches %s", css).isEqualTo(target);
        return target;
    }

    /** The text of a field's label, white space folded (a row's number is a line of its own for screen readers). */
    public String labelOf(WebElement input) {
        return find("label[for='" + input.getAttribute("id") + "']").getText().replaceAll("\\s+", " ");
    }

    /** Saves a PNG of the viewport to target/screenshots/NAME.png and returns its path. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Object script(String js, Object... args) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(js, args);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a leftover temp profile is harmless
            }
        }
    }
}
