package org.trendfinder.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.trendfinder.store.Plot;

/**
 * The analyst view in headless Chromium over a store of three runs: what changed since the previous run, the
 * runs that reported a trend, trend kinds and their filter, growth periods, open funding months, unknown
 * categories, formatted tables, and every page at a phone's width without sideways scrolling.
 */
@Tag("browser")
class AnalystBrowserIT extends BrowserTestBase {

    static final LocalDate D1 = LocalDate.of(2018, 2, 28);
    static final LocalDate D2 = LocalDate.of(2018, 3, 7);
    static final LocalDate D3 = LocalDate.of(2018, 3, 14);

    @BeforeAll
    static void startApp() throws IOException {
        assumeChromium();
        Path root = Files.createTempDirectory("trendfinder-analyst-store");
        TestStore s = new TestStore(root);
        EnumSet<Plot> all = EnumSet.noneOf(Plot.class);
        s.run(D1, List.of("flexible seating", "wobble chairs", "stem kits", "chromebooks"), all);
        s.run(D2, List.of("wobble chairs", "flexible seating", "hokki stools", "chromebooks", "math games"), all);
        s.run(D3, List.of("hokki stools", "flexible seating", "robotics", "wobble chairs", "sensory tools",
                "math games"), all);
        startDashboard(root.toString());
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    private String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    private String option(String chartId, String path) {
        return String.valueOf(js("const c = echarts.getInstanceByDom(document.getElementById(arguments[0]));"
                + "return JSON.stringify(eval('c.getOption()' + arguments[1]));", chartId, path));
    }

    @Test
    void changesSinceThePreviousRunLinkToEachTrend() throws IOException {
        open("runs/" + D3);
        waitForCharts();
        driver.findElement(By.id("changes-link")).click();
        waiting().until(d -> path().equals("/runs/" + D3 + "/changes"));
        waitForVaadin();
        assertThat(text("changes-since")).contains(D2.toString());
        assertThat(text("changes-new")).contains("New (2)").contains("robotics").contains("sensory tools");
        assertThat(text("changes-continuing")).contains("Still trending (4)")
                .contains("hokki stools").contains("rank 3 \u2192 1 (\u2191 2)")
                .contains("rank 1 \u2192 4 (\u2193 3)");
        assertThat(text("changes-dropped")).contains("Dropped out (1)").contains("chromebooks")
                .contains("was rank 4");
        screenshot("analyst-01-changes", 1400);

        // a dropped trend links to the last run that reported it, whose view shows every run that did
        driver.findElement(By.xpath("//div[@id='changes-dropped']//a[normalize-space(.)='chromebooks']")).click();
        waiting().until(d -> path().equals("/runs/" + D2 + "/trends/chromebooks"));
        waitForCharts();
        assertThat(text("run-strip")).contains("Reported in 2 runs").contains(D1.toString()).contains(D2.toString())
                .doesNotContain(D3.toString());
        // the strip's links are shareable addresses of the trend in each run
        driver.findElement(By.xpath("//div[@id='run-strip']//a[normalize-space(.)='" + D1 + "']")).click();
        waiting().until(d -> path().equals("/runs/" + D1 + "/trends/chromebooks"));
        waitForCharts();
        assertThat(text("trend-name")).isEqualTo("chromebooks");

        open("runs/" + D1 + "/changes");
        assertThat(text("changes-since")).contains("first run");
    }

    @Test
    void trendKindsAreBadgesWithAFilterAndGrowthPeriodsAreMarked() throws IOException {
        open("runs/" + D3 + "/trends/flexible-seating");
        waitForCharts();
        assertThat(text("trend-kinds")).isEqualTo("growing");
        assertThat(text("trend-table")).contains("surging").contains("growing");
        assertThat(option("chart-history", ".series[0].markArea.data.length")).isEqualTo("2");
        assertThat(text("run-strip")).contains("Reported in 3 runs");
        screenshot("analyst-02-kinds", 1400);

        driver.findElement(By.id("kind-filter")).click();
        WebElement growing = waiting().until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(e -> e.getText().trim().equals("growing")).findFirst().orElse(null));
        growing.click();
        waiting().until(d -> Long.valueOf(4).equals(js("return document.getElementById('trend-table').size;")));
        screenshot("analyst-03-kind-filter", 1400);

        // the top trend, surging only, has no growth periods
        open("runs/" + D3 + "/trends/hokki-stools");
        waitForCharts();
        assertThat(text("trend-kinds")).isEqualTo("surging");
        assertThat(option("chart-history", ".series[0].markArea")).isIn("null", "[]", "[null]", "[{}]");
    }

    @Test
    void fundingUnknownsAndTablesReadAsAnAnalystExpects() throws IOException {
        open("runs/" + D3 + "/trends/flexible-seating");
        waitForCharts();
        assertThat(text("funding-open-note")).contains("Still open: 2018-02 to 2018-03");
        assertThat(option("chart-funding", ".series[0].markArea.data[0][0].xAxis")).isEqualTo("\"2018-02\"");
        screenshot("analyst-04-funding", 1400, "panel-funding");

        assertThat(text("unknown-by-poverty")).contains("1,400 projects of unknown poverty level");
        assertThat(option("chart-by-poverty", ".yAxis[0].data")).doesNotContain("unknown");
        assertThat(option("chart-by-metro", ".yAxis[0].data")).doesNotContain("Unknown");
        screenshot("analyst-05-unknown", 1400, "panel-by-poverty");

        // grids render their rows once on screen
        screenshot("analyst-06-co-occurrences", 1400, "panel-co-occurrences");
        waiting().until(d -> text("grid-co-occurrences").contains("wiggle"));
        assertThat(text("grid-co-occurrences")).contains("5.33\u00d7").contains("900");
        js("document.getElementById('panel-geo-splits').scrollIntoView({block: 'start'});");
        waiting().until(d -> text("grid-geo-splits").contains("West"));
        assertThat(text("grid-geo-splits")).contains("60.00 %");
    }

    @Test
    void everyPageFitsAPhoneWithoutSidewaysScrolling() throws IOException {
        driver.manage().window().setSize(new Dimension(390, 844));
        List<String> pages = List.of("runs/" + D3, "runs/" + D3 + "/trends/flexible-seating",
                "runs/" + D3 + "/changes", "runs/" + D3 + "/info", "runs", "search?q=seating");
        int n = 0;
        for (String page : pages) {
            open(page);
            if ((Long) js("return document.querySelectorAll('.tf-chart').length;") > 0) {
                waitForCharts();
            }
            assertThat((Long) js("return document.documentElement.clientWidth;")).as(page).isLessThanOrEqualTo(390L);
            assertThat((Boolean) js("return document.documentElement.scrollWidth <= document.documentElement.clientWidth;"))
                    .as("%s scrolls sideways: scrollWidth %s > clientWidth %s", page,
                            js("return document.documentElement.scrollWidth;"),
                            js("return document.documentElement.clientWidth;"))
                    .isTrue();
            screenshot("analyst-07-phone-" + (++n), 390);
        }
    }
}
