package org.trendfinder.pipeline.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trendfinder.pipeline.analysis.TestProjects.P;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.trendfinder.pipeline.SparkTestSession;

class ProjectAggregatesTest {

    @Test
    void monthCutsKeepEachRunDateFromCountingLaterProjects() {
        SparkSession spark = SparkTestSession.get();
        Dataset<Row> projects = TestProjects.projects(spark, List.of(
                P.of("a1", "2020-03-05"), P.of("a2", "2020-03-20"), P.of("a3", "2020-02-10")), false);
        Dataset<Row> membership = TestProjects.membership(spark, Map.of("t", List.of("a2")));
        RunCalendar calendar = new RunCalendar(List.of(LocalDate.parse("2020-03-31"), LocalDate.parse("2020-03-10")));
        ProjectAggregates aggregates = new ProjectAggregates(AnalysisParams.defaults(), MetroCounties.defaults());

        Dataset<Row> stacked = aggregates.stack(projects, membership, calendar, List.of(),
                GeoSplit.all(MetroCounties.defaults()));
        Dataset<Row> totals = ProjectAggregates.monthlyCounts(stacked, List.of("poverty_level=low poverty"))
                .orderBy("slug", "month", "cut");
        // slug, month, cut, total, f0 (low poverty: every project). Cut -1: the whole month;
        // cut 0: up to 2020-03-10; cut 1: up to 2020-03-31
        Dataset<Row> expected = spark.createDataFrame(List.of(
                RowFactory.create("*", "2020-02", -1, 1L, 1L),
                RowFactory.create("*", "2020-03", -1, 2L, 2L),
                RowFactory.create("*", "2020-03", 0, 1L, 1L),
                RowFactory.create("*", "2020-03", 1, 2L, 2L),
                RowFactory.create("t", "2020-03", -1, 1L, 1L),
                RowFactory.create("t", "2020-03", 1, 1L, 1L)), totals.schema());
        SparkTestSession.assertDataFrameEquals(expected, totals);
    }

    @Test
    void runSliceReadsTheCutOfItsOwnMonth() {
        Aggregates a = new Aggregates();
        YearMonth march = YearMonth.of(2020, 3);
        a.addMonthly(Aggregates.ALL, Aggregates.TOTAL, march, RunCalendar.FULL, 9);
        a.addMonthly(Aggregates.ALL, Aggregates.TOTAL, march, 0, 4);
        RunCalendar calendar = new RunCalendar(List.of(LocalDate.parse("2020-03-10"), LocalDate.parse("2020-04-02")));
        assertThat(new RunSlice(a, calendar, LocalDate.parse("2020-03-10")).total(Aggregates.ALL, march)).isEqualTo(4);
        assertThat(new RunSlice(a, calendar, LocalDate.parse("2020-04-02")).total(Aggregates.ALL, march)).isEqualTo(9);
        assertThat(new RunSlice(a, calendar, LocalDate.parse("2020-03-10")).total(Aggregates.ALL, march.plusMonths(1)))
                .isZero();
    }

    @Test
    void medianOfAHistogram() {
        NavigableMap<Integer, Long> h = new TreeMap<>(Map.of(3, 1L, 5, 2L, 40, 1L));
        assertThat(Histograms.median(h)).hasValue(5.0); // 3 5 5 40
        h.put(50, 2L);
        assertThat(Histograms.median(h)).hasValue(22.5); // 3 5 5 40 50 50
        assertThat(Histograms.median(new TreeMap<>())).isEmpty();
    }
}
