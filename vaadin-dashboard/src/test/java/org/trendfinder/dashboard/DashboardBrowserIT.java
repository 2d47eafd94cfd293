package org.trendfinder.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in headless Chromium: a real server on loopback, login on, over a store written with
 * RunPublisher whose values the checks know ({@link PipelineStoreBrowserIT} runs generic checks on a store the
 * real pipeline wrote). Screenshots go to {@code target/screenshots/}. Skipped, with a message, when Chromium
 * is not installed.
 */
@Tag("browser")
class DashboardBrowserIT extends BrowserTestBase {

    @BeforeAll
    static void startApp() throws IOException {
        assumeChromium();
        startDashboard(twoRunStore("trendfinder-it-store").toString());
    }

    @Test
    void wrongPasswordIsRefusedAndLogOutEndsTheSession() throws IOException {
        open("runs/2018-03-14");
        assertThat(driver.findElement(By.id("user-name")).getText()).isEqualTo(USER);
        // the menu, from the views' @Menu, for a logged-in user
        assertThat(driver.findElements(By.cssSelector("vaadin-side-nav-item"))).extracting(WebElement::getText)
                .containsExactly("Trends", "Runs", "Search");
        driver.findElement(By.id("logout")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> path().equals("/login"));
        driver.get(base + "runs/2018-03-14");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> path().equals("/login"));
        logIn(USER, "not-the-password");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> driver.getCurrentUrl().endsWith("/login?error"));
        waitForVaadin();
        WebElement form = driver.findElement(By.id("login-form"));
        assertThat(form.getDomProperty("error")).isEqualTo("true");
        screenshot("00-login-refused", 1400);
    }

    @Test
    void pickADateThenATrendAndEveryChartRenders() throws IOException {
        open("");
        assertThat(path()).isEqualTo("/runs/2018-03-14");
        long charts = waitForCharts();
        assertThat(charts).isGreaterThanOrEqualTo(15);
        screenshot("01-trends-desktop", 1400);
        screenshot("01b-over-time", 1400, "panel-history");
        screenshot("01c-composition", 1400, "panel-composition-poverty");
        screenshot("01d-by-state", 1400, "panel-by-state");
        screenshot("01e-breakdowns", 1400, "panel-by-poverty");
        screenshot("01f-features", 1400, "panel-diverging-features");
        screenshot("01g-geo-splits", 1400, "panel-geo-splits");
        js("document.getElementById('trends-view').scrollIntoView({block: 'start'});");

        // pick an older run in "Trends as of"
        driver.findElement(By.id("as-of")).click();
        WebElement item = new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElements(
                By.cssSelector("vaadin-select-item")).stream().filter(e -> e.getText().contains("2018-03-07"))
                .findFirst().orElse(null));
        item.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> path().equals("/runs/2018-03-07"));
        waitForCharts();
        assertThat(driver.findElement(By.id("panel-funding")).getText()).contains("This run has no");

        // pick a trend in the table
        WebElement cell = new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElements(
                By.xpath("//vaadin-grid-cell-content[normalize-space(.)='stem kits']")).stream().findFirst()
                .orElse(null));
        cell.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> path().equals("/runs/2018-03-07/trends/stem-kits"));
        waitForCharts();
        assertThat(driver.findElement(By.id("trend-name")).getText()).isEqualTo("stem kits");

        // back and forward
        driver.navigate().back();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> path().equals("/runs/2018-03-07"));
        waitForCharts();
        assertThat(driver.findElement(By.id("trend-name")).getText()).isEqualTo("flexible seating");
        driver.navigate().forward();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> path().equals("/runs/2018-03-07/trends/stem-kits"));
        waitForCharts();
        assertThat(driver.findElement(By.id("trend-name")).getText()).isEqualTo("stem kits");
    }

    @Test
    void togglesChangeTheChartsData() throws IOException {
        open("runs/2018-03-14/trends/flexible-seating");
        waitForCharts();
        assertToggleChangesChart("chart-history", "history-mode", "Proportions");
        assertToggleChangesChart("chart-rolling-share", "rolling-window", "1 year");
        assertToggleChangesChart("chart-by-state", "by-state-mode", "Lift");
        assertToggleChangesChart("chart-composition-grade", "composition-grade-mode", "Percentages");
        screenshot("02-toggled-by-state-lift", 1400, "panel-by-state");
    }

    @Test
    void deepLinksWorkAndAnXssNameIsText() throws IOException {
        open("runs/2018-03-14/trends/img-src-x-onerror-alert-1");
        waitForCharts();
        assertThat(driver.findElement(By.id("trend-name")).getText()).isEqualTo(TestStore.XSS);
        assertThat(driver.findElements(By.cssSelector("#trend-name img"))).isEmpty();
        try {
            driver.switchTo().alert();
            throw new AssertionError("an alert opened: the trend name ran as HTML");
        } catch (NoAlertPresentException expected) {
            // good: nothing ran
        }
        open("runs/2018-03-14/info");
        assertThat(driver.findElement(By.id("run-info")).getText()).contains("bad date").contains("2017-13-45");
        screenshot("04-run-info", 1400);
        open("search?q=seating&trend=flexible-seating");
        waitForCharts();
        assertThat(driver.findElement(By.id("timeline-table")).getText()).contains("2018-03-07");
        screenshot("05-search", 1400);
        open("runs/2099-01-01");
        assertThat(driver.findElement(By.id("not-found")).getText()).contains("There is no run dated");
        open("runs/2018-03-14/trends/no-such-trend");
        assertThat(driver.findElement(By.id("not-found")).getText()).contains("has no trend");
        screenshot("06-not-found", 1400);
    }

    @Test
    void phoneLayoutShowsTheTrendView() throws IOException {
        driver.manage().window().setSize(new Dimension(390, 844));
        open("runs/2018-03-14/trends/flexible-seating");
        waitForCharts();
        long overflow = (Long) js("return Array.from(document.querySelectorAll('.tf-panel'))"
                + ".filter(p => p.getBoundingClientRect().right > window.innerWidth + 1).length;");
        assertThat(overflow).isZero();
        screenshot("03-trends-phone", 390);
        screenshot("03b-trends-phone-map", 390, "panel-by-state");
    }

    @Test
    void healthEndpointCreatesNoSession() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base + "actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"UP\"");
        assertThat(r.headers().allValues("set-cookie")).isEmpty();
        // and a path that tries to climb out of the store is refused before any view sees it
        for (String bad : List.of("runs/2018-03-14/trends/..%2F..%2Fetc", "runs/%2e%2e/info")) {
            HttpResponse<String> b = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(base + bad)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(b.body()).doesNotContain("Exception").doesNotContain("at org.");
        }
    }
}
