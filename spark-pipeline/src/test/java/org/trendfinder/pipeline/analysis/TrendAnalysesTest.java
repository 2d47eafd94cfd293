package org.trendfinder.pipeline.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trendfinder.pipeline.analysis.TestProjects.P;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trendfinder.pipeline.SparkTestSession;
import org.trendfinder.store.CsvTable;
import org.trendfinder.store.Plot;

/**
 * Seven projects over three months, trend "tablets" in four of them, trend "late" only after the first run
 * date. Two run dates in the same month: 2020-03-10 must see nothing posted after it.
 */
class TrendAnalysesTest {

    static final LocalDate R1 = LocalDate.parse("2020-03-10");
    static final LocalDate R2 = LocalDate.parse("2020-03-31");
    static AnalysisResult result;

    @BeforeAll
    static void compute() throws IOException {
        SparkSession spark = SparkTestSession.get();
        List<P> projects = List.of(
                P.of("p1", "2020-01-15").state("CA", "Los Angeles").cost(100).funded("2020-01-20")
                        .subjects("Math & Science"),
                P.of("p2", "2020-01-20").state("NY", "Kings").cost(200).subjects("Literacy"),
                P.of("p3", "2020-02-10").state("CA", "Los Angeles").cost(300).funded("2020-03-20")
                        .subjects("Math & Science", "Literacy"),
                P.of("p4", "2020-02-25").state("IL", "Cook County").cost(50).subjects("Literacy"),
                P.of("p5", "2020-03-05").state("NY", "Kings").cost(150).funded("2020-03-08").subjects("Literacy"),
                P.of("p6", "2020-03-20").state("CA", "Los Angeles").cost(500).subjects("Music")
                        .poverty("extreme poverty"),
                P.of("p7", "2020-03-25").state("CA", "San Diego").cost(80).subjects("Literacy"));
        Dataset<Row> membership = TestProjects.membership(spark, Map.of(
                "tablets", List.of("p1", "p3", "p5", "p6"),
                "late", List.of("p7")));
        AnalysisParams params = AnalysisParams.defaults().toBuilder().recentDays(30).otherSubjectShare(0.3).build();
        MetroCounties counties = MetroCounties.parse(new StringReader("""
                metro,state,county
                Los Angeles,CA,Los Angeles County
                Chicago,IL,cook
                Nowhere,TX,Nonexistent
                """), "test-counties");
        List<TrendRef> trends = List.of(new TrendRef("tablets", "tablets"), new TrendRef("late", "late"));
        result = new TrendAnalyses(params, counties).run(TestProjects.projects(spark, projects, false), membership,
                List.of(RunPlan.of(R1, 14, trends), RunPlan.of(R2, 14, trends)));
    }

    static PlotTable plot(LocalDate run, String slug, Plot plot) {
        return result.plots().get(run).get(slug).get(plot);
    }

    static List<List<String>> rows(LocalDate run, String slug, Plot plot) {
        return plot(run, slug, plot).data().rows();
    }

    static List<String> row(Object... cells) {
        return Arrays.stream(cells).map(CsvTable::format).toList();
    }

    @Test
    void everyPlotButCoOccurrencesForEveryRunAndTrend() {
        assertThat(result.plots()).containsOnlyKeys(R1, R2);
        for (LocalDate run : List.of(R1, R2)) {
            assertThat(result.plots().get(run)).containsOnlyKeys("tablets", "late");
            for (Map<Plot, PlotTable> plots : result.plots().get(run).values()) {
                assertThat(plots).hasSize(Plot.values().length - 1).doesNotContainKey(Plot.CO_OCCURRENCES);
                plots.forEach((plot, table) ->
                        assertThat(table.data().header().subList(0, plot.columns().size())).isEqualTo(plot.columns()));
            }
        }
    }

    @Test
    void historyStopsAtTheRunDate() {
        assertThat(rows(R1, "tablets", Plot.HISTORY)).containsExactly(
                row("2020-01", 2L, 1L, 0.5),
                row("2020-02", 2L, 1L, 0.5),
                row("2020-03", 1L, 1L, 1.0)); // p6 and p7 are after 2020-03-10
        assertThat(rows(R2, "tablets", Plot.HISTORY)).containsExactly(
                row("2020-01", 2L, 1L, 0.5),
                row("2020-02", 2L, 1L, 0.5),
                row("2020-03", 3L, 2L, 2.0 / 3));
        assertThat(plot(R1, "tablets", Plot.HISTORY).kwargs())
                .containsEntry("window_start", "2020-02-26")
                .containsEntry("partial_last_period", true);
        assertThat(plot(R2, "tablets", Plot.HISTORY).kwargs()).containsEntry("partial_last_period", false);
    }

    @Test
    void aTrendWithNothingBeforeTheRunDateGivesEmptySeries() {
        assertThat(rows(R1, "late", Plot.HISTORY)).extracting(r -> r.get(2)).containsOnly("0");
        assertThat(rows(R1, "late", Plot.COMPOSITION_POVERTY)).isEmpty();
        assertThat(rows(R1, "late", Plot.DIVERGING_FEATURES)).isEmpty();
        assertThat(rows(R1, "late", Plot.EXAMPLES)).isEmpty();
        assertThat(rows(R1, "late", Plot.SPLIT_SHARES)).isEmpty();
        assertThat(rows(R1, "late", Plot.BY_STATE)).extracting(r -> r.get(2)).containsOnly("0");
        assertThat(rows(R1, "late", Plot.BY_STATE)).extracting(r -> r.get(4)).containsOnly(""); // no lift
    }

    @Test
    void aTrendWithOneMonthOfHistory() {
        assertThat(rows(R2, "late", Plot.COMPOSITION_METRO)).containsExactly(row("2020-03", "urban", 1L));
        // one month: the rolling mean is that month's difference; p7 is low poverty like 2 of the 3 March projects
        assertThat(rows(R2, "late", Plot.DIVERGING_FEATURES)).contains(
                row("2020-03", "poverty_level=low poverty", 1.0 - 2.0 / 3));
        assertThat(plot(R2, "late", Plot.FEATURE_SERIES).kwargs()).containsEntry("status", "too_short");
        assertThat(rows(R2, "late", Plot.CORRELATED_FEATURES)).isEmpty();
        assertThat(rows(R2, "late", Plot.GEO_SPLITS)).isNotEmpty();
    }

    @Test
    void breakdownsCoverTheRecentPeriodWithLift() {
        // R1's 30 days: 2020-02-10 .. 2020-03-10 hold p3 (CA, trend), p4 (IL), p5 (NY, trend): overall share 2/3
        assertThat(rows(R1, "tablets", Plot.BY_STATE)).containsExactly(
                row("CA", 1L, 1L, 1.0, 1.5),
                row("NY", 1L, 1L, 1.0, 1.5),
                row("IL", 1L, 0L, 0.0, 0.0));
        // R2's 30 days: 2020-03-02 .. 2020-03-31 hold p5 (NY, trend), p6 (CA, trend), p7 (CA)
        assertThat(rows(R2, "tablets", Plot.BY_STATE)).containsExactly(
                row("CA", 2L, 1L, 0.5, 0.75),
                row("NY", 1L, 1L, 1.0, 1.5));
        // a project counts once per subject; the overall share still counts projects
        assertThat(rows(R1, "tablets", Plot.BY_SUBJECT)).containsExactly(
                row("Literacy", 3L, 2L, 2.0 / 3, 1.0),
                row("Math & Science", 1L, 1L, 1.0, 1.5));
        assertThat(plot(R1, "tablets", Plot.BY_STATE).kwargs())
                .containsEntry("period_start", "2020-02-10").containsEntry("period_end", "2020-03-10");
        assertThat(AnalysisParams.defaults().toBuilder().recentDays(30).build().recentPeriod(R1)).isEqualTo(new AnalysisResult.Period(LocalDate.parse("2020-02-10"), R1));
    }

    @Test
    void examplesAreTheNewestRecentProjectsWithTheStatusKnownOnTheRunDate() {
        assertThat(rows(R1, "tablets", Plot.EXAMPLES)).containsExactly(
                row("p5", "Title p5", "NY", "2020-03-05", "Fully Funded", 150.0),
                row("p3", "Title p3", "CA", "2020-02-10", "Live", 300.0)); // funded on 2020-03-20
        assertThat(rows(R2, "tablets", Plot.EXAMPLES)).extracting(r -> r.get(0)).containsExactly("p6", "p5");
    }

    @Test
    void compositionMergesSmallSubjectsAndKeepsUnlistedCategories() {
        // up to R2 the trend's 4 projects: Math & Science 2, Literacy 2, Music 1 (25 % < 30 %: Other)
        assertThat(rows(R2, "tablets", Plot.COMPOSITION_SUBJECT)).containsExactly(
                row("2020-01", "Literacy", 0L), row("2020-01", "Math & Science", 1L), row("2020-01", "Other", 0L),
                row("2020-02", "Literacy", 1L), row("2020-02", "Math & Science", 1L), row("2020-02", "Other", 0L),
                row("2020-03", "Literacy", 1L), row("2020-03", "Math & Science", 0L), row("2020-03", "Other", 1L));
        assertThat(plot(R2, "tablets", Plot.COMPOSITION_SUBJECT).kwargs())
                .containsEntry("categories", List.of("Literacy", "Math & Science", "Other"))
                .containsEntry("other_members", List.of("Music"));
        // "extreme poverty" is in no list of poverty levels: it is a category like any other
        assertThat(rows(R2, "tablets", Plot.COMPOSITION_POVERTY)).containsExactly(
                row("2020-01", "low poverty", 1L), row("2020-01", "extreme poverty", 0L),
                row("2020-02", "low poverty", 1L), row("2020-02", "extreme poverty", 0L),
                row("2020-03", "low poverty", 1L), row("2020-03", "extreme poverty", 1L));
        assertThat(rows(R1, "tablets", Plot.COMPOSITION_POVERTY)).extracting(r -> r.get(1))
                .doesNotContain("extreme poverty");
    }

    @Test
    void fundingCountsOnlyMonthsWhoseOutcomeIsKnownByTheRunDate() {
        // Funded projects by R1: p1 after 5 days, p5 after 3 (p3 only on 2020-03-20): the horizon, 99 % of
        // funding times, is 5 days. January and February ended more than 5 days before R1: closed; p3 was not
        // funded within 5 days. March is open: no rate, no median days.
        // period, group, projects, funded_rate, median_cost (mean of the two middle costs), median_days_to_funded, open
        assertThat(rows(R1, "tablets", Plot.FUNDING)).containsExactly(
                row("2020-01", "trend", 1L, 1.0, 100.0, 5.0, false),
                row("2020-01", "all", 2L, 0.5, 150.0, 5.0, false),
                row("2020-02", "trend", 1L, 0.0, 300.0, null, false),
                row("2020-02", "all", 2L, 0.0, 175.0, null, false),
                row("2020-03", "trend", 1L, null, 150.0, null, true),
                row("2020-03", "all", 1L, null, 150.0, null, true));
        assertThat(plot(R1, "tablets", Plot.FUNDING).kwargs()).containsEntry("horizon_days", 5)
                .containsEntry("open_from", "2020-03");
        // By R2 p3 was funded after 39 days: the horizon is 39 days. 2020-02-29 + 39 days = 2020-04-08 is after R2:
        // February is open; January (2020-01-31 + 39 days = 2020-03-10) is closed.
        assertThat(rows(R2, "tablets", Plot.FUNDING)).containsExactly(
                row("2020-01", "trend", 1L, 1.0, 100.0, 5.0, false),
                row("2020-01", "all", 2L, 0.5, 150.0, 5.0, false),
                row("2020-02", "trend", 1L, null, 300.0, null, true),
                row("2020-02", "all", 2L, null, 175.0, null, true),
                row("2020-03", "trend", 2L, null, 325.0, null, true), // costs 150, 500
                row("2020-03", "all", 3L, null, 150.0, null, true)); // costs 80, 150, 500
        assertThat(plot(R2, "tablets", Plot.FUNDING).kwargs()).containsEntry("horizon_days", 39)
                .containsEntry("open_from", "2020-02");
    }

    @Test
    void countiesMatchExactlyAndUnmatchedOnesAreReported() {
        // "Los Angeles County" and "cook" match "Los Angeles" and "Cook County"; Nonexistent matches nothing
        assertThat(result.notes()).singleElement().asString().contains("Nonexistent").contains("TX")
                .contains("test-counties");
        Map<String, List<String>> splits = new java.util.HashMap<>();
        for (List<String> r : rows(R2, "tablets", Plot.GEO_SPLITS)) {
            splits.put(r.get(0), r);
        }
        assertThat(splits.get("Los Angeles")).containsExactly("Los Angeles", "", "3", "1", "0.75"); // < 20 projects
        assertThat(splits.get("Chicago").subList(2, 5)).containsExactly("0", "4", "0");
        assertThat(splits).containsKeys("coastal", "north", "non-urban", "Nowhere");
    }
}
