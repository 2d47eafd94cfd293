package org.trendfinder.pipeline.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.trendfinder.pipeline.notify.SummaryFixtures.XSS;
import static org.trendfinder.pipeline.notify.SummaryFixtures.manifest;
import static org.trendfinder.pipeline.notify.SummaryFixtures.settings;
import static org.trendfinder.pipeline.notify.SummaryFixtures.trendTable;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.trendfinder.store.CsvTable;
import org.trendfinder.store.RunManifest;

class RunSummaryMailTest {

    private static final LocalDate MARCH_14 = LocalDate.of(2018, 3, 14);
    private static final RunManifest RUN = manifest("2018-03-14", 40,
            Map.of("projects.csv", 1000L, "essays.csv", 234L), Map.of("bad date", 3L, "no state", 2L), 990);

    @Test
    void escapesTrendTextInHtmlAndKeepsItReadableInText() {
        RunSummaryMail.Message m = RunSummaryMail.build(List.of(RUN), Map.of(MARCH_14, trendTable()),
                settings("https://dash.example.org/", 10));

        assertThat(m.html()).doesNotContain(XSS).doesNotContain("<img")
                .contains("&lt;img src=x onerror=alert(1)&gt;");
        assertThat(m.text()).contains(XSS);
    }

    @Test
    void linksEachTrendAndTheRunInfoPage() {
        RunSummaryMail.Message m = RunSummaryMail.build(List.of(RUN), Map.of(MARCH_14, trendTable()),
                settings("https://dash.example.org/base/", 10));

        assertThat(m.html())
                .contains("<a href=\"https://dash.example.org/base/runs/2018-03-14/trends/flexible-seating\">"
                        + "flexible seating</a>")
                .contains("href=\"https://dash.example.org/base/runs/2018-03-14/trends/img-src-x-onerror-alert-1\"")
                .contains("<a href=\"https://dash.example.org/base/runs/2018-03-14/info\">");
        assertThat(m.text())
                .contains("https://dash.example.org/base/runs/2018-03-14/trends/brand-new")
                .contains("Run details: https://dash.example.org/base/runs/2018-03-14/info");
    }

    @Test
    void formatsSharesAsPercentagesAndScoresAndLiftWithTwoDecimals() {
        RunSummaryMail.Message m = RunSummaryMail.build(List.of(RUN), Map.of(MARCH_14, trendTable()),
                settings(null, 10));

        // 0.125 -> 12.50%, 0.025 -> 2.50%, score 12.3456 -> 12.35, lift 5 -> 5.00x
        assertThat(m.html()).contains(">12.35<", ">12.50%<", ">2.50%<", ">5.00×<");
        assertThat(m.text()).contains("1. flexible seating  score 12.35, current 12.50%, baseline 2.50%, lift 5.00×");
        // 0.0004 -> 0.04%, 0.0001 -> 0.01%; a zero baseline has no lift
        assertThat(m.text()).contains("current 0.04%, baseline 0.01%, lift 4.00×")
                .contains("3. brand new  score 3.00, current 1.00%, baseline 0.00%, lift –");
    }

    @Test
    void countsRowsReadAndRejectedFromTheManifest() {
        RunSummaryMail.Message m = RunSummaryMail.build(List.of(RUN), Map.of(MARCH_14, trendTable()),
                settings(null, 2));

        assertThat(m.html()).contains("Top 2 of 40 trends. Rows read: 1,234; rows rejected: 5 (bad date: 3, "
                + "no state: 2); projects used: 990.");
        assertThat(m.text()).contains("Rows read: 1,234; rows rejected: 5").contains("rejected, bad date: 3");
    }

    @Test
    void listsOnlyTheTopTrendsAndNoLinksWithoutADashboard() {
        RunSummaryMail.Message m = RunSummaryMail.build(List.of(RUN), Map.of(MARCH_14, trendTable()),
                settings(null, 2));

        assertThat(m.html()).contains("flexible seating").doesNotContain("brand new").doesNotContain("<a ");
        assertThat(m.text()).doesNotContain("brand new").doesNotContain("http");
    }

    @Test
    void summarisesSeveralRunsInDateOrderAndNotesAMissingTable() {
        RunManifest earlier = manifest("2018-03-07", 0, Map.of("projects.csv", 10L), Map.of(), 10);
        RunSummaryMail.Message m = RunSummaryMail.build(List.of(RUN, earlier), Map.of(MARCH_14, trendTable()),
                settings("http://localhost:8080", 10));

        assertThat(m.subject()).isEqualTo("TrendFinder: trends of 2 runs, 2018-03-07 to 2018-03-14");
        assertThat(m.html().indexOf("Run 2018-03-07")).isPositive().isLessThan(m.html().indexOf("Run 2018-03-14"));
        assertThat(m.html()).contains("no trend table (df.csv) was given for this run");
        assertThat(m.text()).contains("http://localhost:8080/runs/2018-03-07/info");
    }

    @Test
    void reportsATrendTableWithoutTheNeededColumns() {
        CsvTable bad = CsvTable.builder("rank", "trend").row(1, "x").build();
        RunSummaryMail.Message m = RunSummaryMail.build(List.of(RUN), Map.of(MARCH_14, bad), settings(null, 5));

        assertThat(m.subject()).isEqualTo("TrendFinder: trends of the run 2018-03-14");
        assertThat(m.text()).contains("lacks the columns [slug, score, current_share, baseline_share, lift]");
    }

    @Test
    void linksOnlyWellFormedSlugs() {
        CsvTable table = CsvTable.builder(org.trendfinder.store.TrendColumns.REQUIRED)
                .row(1, "sneaky", "../../admin", 1.0, 1, 0.1, 0.05, 2.0).build();
        RunSummaryMail.Message m = RunSummaryMail.build(List.of(RUN), Map.of(MARCH_14, table),
                settings("https://dash.example.org", 5));

        assertThat(m.html()).contains(">sneaky<").doesNotContain("admin");
    }

    @Test
    void refusesDashboardUrlsThatAreNotHttp() {
        assertThatThrownBy(() -> settings("javascript:alert(1)", 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http(s)");
    }

    @Test
    void keepsTheSubjectOnOneLine() {
        assertThat(new RunSummaryMail.Message("a\r\nBcc: x@example.org", "", "").subject())
                .isEqualTo("a Bcc: x@example.org");
    }
}
