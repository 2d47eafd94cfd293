package org.trendfinder.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.trendfinder.store.Plot;

/**
 * Headless Chromium against a real dashboard on loopback with login on: each test gets a fresh browser profile
 * and logs in through the login form. Screenshots go to {@code target/screenshots/}. Skipped, with a message,
 * when Chromium is not installed.
 */
abstract class BrowserTestBase {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    static final String USER = "analyst";
    static final String PASSWORD = "browser-test-password";

    static ConfigurableApplicationContext app;
    static String base;
    ChromeDriver driver;
    private Path profile;

    /** Under CI=true a missing tool fails the run (CI must test everything); on a workstation it skips. */
    static void requireUnderCi(boolean present, String message) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            if (!present) {
                throw new AssertionError(message + " (CI=true: missing tools fail the run instead of skipping)");
            }
        } else {
            Assumptions.assumeTrue(present, message);
        }
    }

    static void assumeChromium() {
        requireUnderCi(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests skipped: /usr/bin/chromium or /usr/bin/chromedriver is not installed"
                        + " (apt-get install chromium chromium-driver)");
    }

    /**
     * A new temporary store with the two runs the browser checks know: 2018-03-14 (12 trends, every plot) and
     * 2018-03-07 (6 trends, without the funding and split-share plots). Returns its root.
     */
    static Path twoRunStore(String prefix) throws IOException {
        Path root = Files.createTempDirectory(prefix);
        TestStore s = new TestStore(root);
        s.run(LocalDate.of(2018, 3, 14), 12);
        s.run(LocalDate.of(2018, 3, 7), 6, EnumSet.of(Plot.FUNDING, Plot.SPLIT_SHARES));
        return root;
    }

    /** Starts the dashboard on a free port over {@code store}, with one user (a real bcrypt hash). */
    static void startDashboard(String store, String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--trendfinder.store=" + store,
                "--vaadin.launch-browser=false",
                "--trendfinder.security.users[0].username=" + USER,
                "--trendfinder.security.users[0].password-hash=" + new BCryptPasswordEncoder(4).encode(PASSWORD)));
        args.addAll(List.of(more));
        app = new SpringApplicationBuilder(DashboardApplication.class).run(args.toArray(String[]::new));
        base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port") + "/";
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopDashboard() {
        if (app != null) {
            app.close();
            app = null;
        }
    }

    @BeforeEach
    void startBrowserAndLogIn() throws IOException {
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1400,1000");
        // the console (where Chromium reports Content-Security-Policy violations), read with browserConsole()
        options.setCapability("goog:loggingPrefs", java.util.Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        logIn(USER, PASSWORD);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !path().equals("/login"));
        waitForVaadin();
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    /** Opens a protected address, gets the login page, and logs in through the login form. */
    void logIn(String user, String password) {
        driver.get(base);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> path().equals("/login"));
        waitForVaadin();
        WebElement name = new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> d.findElements(By.cssSelector("#login-form input[name='username']")).stream().findFirst()
                        .orElse(null));
        name.sendKeys(user);
        WebElement secret = driver.findElement(By.cssSelector("#login-form input[name='password']"));
        secret.sendKeys(password);
        secret.sendKeys(Keys.ENTER);
    }

    void open(String path) {
        driver.get(base + path);
        waitForVaadin();
    }

    void waitForVaadin() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(js(
                "return !!window.Vaadin && !!window.Vaadin.Flow && window.Vaadin.Flow.clients"
                        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())")));
    }

    /** Console messages since the last call (Chromium hands each one out once). */
    List<String> browserConsole() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(e -> e.getLevel() + " " + e.getMessage()).toList();
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Waits until every chart on the page has reported that ECharts finished drawing it. */
    long waitForCharts() {
        waitForVaadin();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(js(
                "const c = Array.from(document.querySelectorAll('.tf-chart'));"
                        + "return c.length > 0 && c.every(e => e.getAttribute('data-rendered') === e.getAttribute('data-seq'));")));
        return (Long) js("return document.querySelectorAll('.tf-chart').length;");
    }

    Object chartData(String id, int series) {
        return js("const c = echarts.getInstanceByDom(document.getElementById(arguments[0]));"
                + "return JSON.stringify(c.getOption().series[arguments[1]].data);", id, series);
    }

    /** A screenshot of the viewport, scrolled so that the element {@code id} (if any) is at the top. */
    void screenshot(String name, int width, String id) throws IOException {
        driver.manage().window().setSize(new Dimension(width, width < 600 ? 844 : 1000));
        if (id != null) {
            js("document.getElementById(arguments[0]).scrollIntoView({block: 'start'});", id);
        }
        waitForVaadin();
        if ((Long) js("return document.querySelectorAll('.tf-chart').length;") > 0) {
            waitForCharts();
        }
        Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    void screenshot(String name, int width) throws IOException {
        screenshot(name, width, null);
    }

    String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    void clickRadio(String groupId, String label) {
        WebElement radio = driver.findElement(By.id(groupId)).findElements(By.cssSelector("vaadin-radio-button"))
                .stream().filter(r -> label.equals(String.valueOf(r.getDomProperty("textContent")).trim()))
                .findFirst().orElseThrow(() -> new AssertionError("no radio button '" + label + "' in " + groupId));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", radio);
        radio.click();
    }

    /** Clicks one option of a toggle and asserts that the chart it drives now draws other data. */
    void assertToggleChangesChart(String chartId, String toggleId, String option) {
        Object before = chartData(chartId, 0);
        clickRadio(toggleId, option);
        waitForCharts();
        assertThat(chartData(chartId, 0)).as("%s after choosing '%s' in %s", chartId, option, toggleId)
                .isNotEqualTo(before);
    }
}
