package org.trendfinder.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.trendfinder.store.LocalStoreFiles;
import org.trendfinder.store.PlotData;
import org.trendfinder.store.RunManifest;
import org.trendfinder.store.TrendStore;

/**
 * The browser checks on a store written by the REAL pipeline: unless {@code -Dtrendfinder.it.store=DIR} names
 * one, this runs {@code java -jar ../spark-pipeline/target/trendfinder-pipeline-local.jar demo --no-dashboard
 * --projects 20000} as a child process into {@code target/pipeline-it/} (the reactor builds spark-pipeline
 * before this module). Skipped, with a message, when that jar is absent (this module built alone). The checks
 * know nothing of the data: dates and trends are read from the store itself.
 */
@Tag("browser")
class PipelineStoreBrowserIT extends BrowserTestBase {

    static final Path PIPELINE_JAR = Path.of("../spark-pipeline/target/trendfinder-pipeline-local.jar");
    static final Path WORK = Path.of("target/pipeline-it");

    /** Runs in the store, newest first, and the newest run's trends (name, slug), by rank. */
    static List<LocalDate> dates;
    static List<String[]> trends;

    @BeforeAll
    static void writeStoreAndStart() throws Exception {
        assumeChromium();
        String given = System.getProperty("trendfinder.it.store", "");
        Path store = given.isBlank() ? runPipeline() : Path.of(given);
        TrendStore reader = new TrendStore(new LocalStoreFiles(store));
        dates = new ArrayList<>();
        for (LocalDate d : reader.candidateRunDates()) {
            reader.manifest(d).ifPresent(m -> dates.add(d));
        }
        dates.sort(java.util.Comparator.reverseOrder());
        assertThat(dates).as("published runs in " + store).hasSizeGreaterThanOrEqualTo(2);
        RunManifest latest = reader.manifest(dates.get(0)).orElseThrow();
        PlotData table = reader.trends(latest);
        assertThat(table).isInstanceOf(PlotData.Available.class);
        var t = ((PlotData.Available) table).table();
        trends = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            trends.add(new String[] {t.cell(i, "trend"), t.cell(i, "slug")});
        }
        assertThat(trends).as("trends of " + dates.get(0)).hasSizeGreaterThanOrEqualTo(2);
        startDashboard(store.toAbsolutePath().toString());
    }

    private static Path runPipeline() throws IOException, InterruptedException {
        requireUnderCi(Files.isRegularFile(PIPELINE_JAR), "pipeline-store browser test skipped: "
                + PIPELINE_JAR.toAbsolutePath().normalize() + " is absent (build the whole reactor, or give"
                + " -Dtrendfinder.it.store=DIR)");
        Path store = WORK.resolve("store");
        Path sample = WORK.resolve("sample");
        deleteRecursively(WORK);
        Files.createDirectories(WORK);
        Path log = WORK.resolve("pipeline.log");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1500m",
                "-jar", PIPELINE_JAR.toString(), "demo", "--no-dashboard", "--projects", "20000",
                "--store", store.toString(), "--sample", sample.toString(), "--master", "local[2]");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!p.waitFor(15, TimeUnit.MINUTES)) {
                throw new AssertionError("the pipeline did not finish within 15 minutes; see " + log);
            }
        } finally {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
        }
        assertThat(p.exitValue()).as("pipeline exit code; its output is in " + log).isZero();
        System.out.printf("pipeline wrote %s in %.0f s%n", store, (System.nanoTime() - t0) / 1e9);
        return store;
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (Files.exists(root)) {
            try (var walk = Files.walk(root)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private void assertNoPanelFailed() {
        List<String> failed = driver.findElements(By.cssSelector(".tf-message")).stream().map(WebElement::getText)
                .filter(m -> m.contains("could not be read")).toList();
        assertThat(failed).as("panels that could not read their data").isEmpty();
    }

    @Test
    void pickADateThenATrendAndEveryChartRenders() throws IOException {
        open("");
        assertThat(path()).isEqualTo("/runs/" + dates.get(0));
        assertThat(waitForCharts()).isGreaterThanOrEqualTo(10);
        assertNoPanelFailed();
        screenshot("pipeline-01-latest", 1400);
        screenshot("pipeline-01b-by-state", 1400, "panel-by-state");
        screenshot("pipeline-01c-composition", 1400, "panel-composition-poverty");
        js("document.getElementById('trends-view').scrollIntoView({block: 'start'});");

        LocalDate older = dates.get(1);
        driver.findElement(By.id("as-of")).click();
        WebElement item = new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElements(
                By.cssSelector("vaadin-select-item")).stream().filter(e -> e.getText().contains(older.toString()))
                .findFirst().orElse(null));
        item.click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> path().equals("/runs/" + older));
        waitForCharts();
        assertNoPanelFailed();

        open("runs/" + dates.get(0));
        String[] second = trends.stream().skip(1).filter(tr -> !tr[0].contains("'")).findFirst().orElseThrow();
        WebElement cell = new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElements(
                By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + second[0] + "']")).stream().findFirst()
                .orElse(null));
        cell.click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> path().equals("/runs/" + dates.get(0) + "/trends/" + second[1]));
        waitForCharts();
        assertThat(driver.findElement(By.id("trend-name")).getText()).isEqualTo(second[0]);
        assertNoPanelFailed();
        screenshot("pipeline-02-second-trend", 1400, "panel-history");
    }

    @Test
    void togglesChangeTheChartsData() throws IOException {
        open("runs/" + dates.get(0) + "/trends/" + trends.get(0)[1]);
        waitForCharts();
        assertToggleChangesChart("chart-history", "history-mode", "Proportions");
        assertToggleChangesChart("chart-by-state", "by-state-mode", "Lift");
        screenshot("pipeline-03-by-state-lift", 1400, "panel-by-state");
    }

    @Test
    void deepLinksOpenTheirPages() throws IOException {
        String[] top = trends.get(0);
        open("runs/" + dates.get(0) + "/trends/" + top[1]);
        waitForCharts();
        assertThat(driver.findElement(By.id("trend-name")).getText()).isEqualTo(top[0]);
        open("runs/" + dates.get(0) + "/info");
        assertThat(driver.findElement(By.id("run-info")).getText()).contains(dates.get(0).toString());
        screenshot("pipeline-04-run-info", 1400);
        String word = top[0].split(" ")[0];
        open("search?q=" + java.net.URLEncoder.encode(word, java.nio.charset.StandardCharsets.UTF_8) + "&trend=" + top[1]);
        waitForCharts();
        assertThat(driver.findElement(By.id("timeline-table")).getText()).contains(dates.get(0).toString());
        screenshot("pipeline-05-search", 1400);
    }
}
