package org.trendfinder.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The dashboard in headless Chromium under its Content-Security-Policy: every view draws its charts and the
 * console reports no violation (and does report one for an injected inline script, so the check can fail); a
 * locked account gets a page that says why and until when. Skipped, with a message, when Chromium is absent.
 */
@Tag("browser")
class SecurityHeadersBrowserIT extends BrowserTestBase {

    /** Every kind of page, with and without charts, the not-found page included. */
    static final List<String> VIEWS = List.of("", "runs", "runs/2018-03-14", "runs/2018-03-07",
            "runs/2018-03-14/trends/flexible-seating", "runs/2018-03-14/info", "search?q=seating",
            "search?q=seating&trend=flexible-seating", "runs/2099-01-01");

    /** Locked by one test: the others log in as {@link #USER}. */
    static final String LOCKED_USER = "bea";
    static final String LOCKED_PASSWORD = "bea-browser-password";

    @BeforeAll
    static void startApp() throws IOException {
        assumeChromium();
        startDashboard(twoRunStore("trendfinder-csp-store").toString(), "--trendfinder.security.login-throttle.max-failures=3",
                "--trendfinder.security.login-throttle.max-failures-per-address=1000",
                "--trendfinder.security.users[1].username=" + LOCKED_USER,
                "--trendfinder.security.users[1].password-hash=" + new BCryptPasswordEncoder(4).encode(LOCKED_PASSWORD));
    }

    private static List<String> violations(List<String> console) {
        return console.stream().filter(m -> m.contains("Content Security Policy") || m.contains("Refused to")).toList();
    }

    @Test
    void everyViewDrawsItsChartsWithoutAPolicyViolation() throws IOException {
        List<String> console = new ArrayList<>(browserConsole()); // the login page's
        int chartViews = 0;
        for (String view : VIEWS) {
            open(view);
            long charts = (Long) js("return document.querySelectorAll('.tf-chart').length;");
            if (charts > 0) {
                waitForCharts();
                chartViews++;
                assertThat(driver.findElements(By.cssSelector(".tf-chart[data-error]"))).as(view).isEmpty();
            }
            console.addAll(browserConsole());
        }
        assertThat(chartViews).as("views that drew charts").isGreaterThanOrEqualTo(5);
        // server round trips from the browser (event data expressions, executeJs) under the policy too
        open("runs/2018-03-14/trends/flexible-seating");
        waitForCharts();
        assertToggleChangesChart("chart-by-state", "by-state-mode", "Lift");
        assertToggleChangesChart("chart-history", "history-mode", "Proportions");
        screenshot("10-under-csp", 1400, "panel-by-state");
        console.addAll(browserConsole());
        assertThat(violations(console)).as("console: %s", console).isEmpty();

        // the control: an injected inline script (no nonce) is blocked, and reported where we look
        js("const s = document.createElement('script'); s.textContent = 'window.injected = true;';"
                + " document.body.appendChild(s);");
        assertThat(js("return window.injected === true;")).isEqualTo(false);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !violations(browserConsole()).isEmpty());
    }

    @Test
    void aLockedAccountIsToldWhyAndUntilWhen() throws IOException {
        driver.manage().deleteAllCookies();
        for (int i = 1; i <= 2; i++) {
            logIn(LOCKED_USER, "wrong-" + i);
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> driver.getCurrentUrl().endsWith("/login?error"));
        }
        logIn(LOCKED_USER, "wrong-3");
        String text = new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElements(By.id("login-locked"))
                .stream().findFirst().map(e -> e.getText()).orElse(null));
        assertThat(text).contains("Too many failed logins for this account").contains("until").contains("UTC");
        // a plain page, not Vaadin's: screenshot() would wait for Vaadin
        Files.write(SCREENSHOTS.resolve("11-login-locked.png"), driver.getScreenshotAs(OutputType.BYTES));
        // the right password is refused as well while the lock lasts
        logIn(LOCKED_USER, LOCKED_PASSWORD);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.id("login-locked")).isEmpty());
        assertThat(violations(browserConsole())).isEmpty();
    }
}
