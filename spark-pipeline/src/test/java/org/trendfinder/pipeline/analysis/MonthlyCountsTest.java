package org.trendfinder.pipeline.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.trendfinder.pipeline.analysis.TestProjects.P;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.trendfinder.pipeline.SparkTestSession;

class MonthlyCountsTest {

    private static final YearMonth MARCH = YearMonth.of(2020, 3);

    @Test
    void monthCutsKeepEachRunDateFromCountingLaterProjects() {
        SparkSession spark = SparkTestSession.get();
        Dataset<Row> stacked = Stacks.stacked(List.of(
                P.of("a1", "2020-03-05"), P.of("a2", "2020-03-20"), P.of("a3", "2020-02-10")),
                Map.of("t", List.of("a2")), "2020-03-31", "2020-03-10");
        Dataset<Row> totals = MonthlyCounts.monthlyCounts(stacked, List.of("poverty_level=low poverty"))
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
    void featureTokensListEveryValueByDimensionThenTheFlags() {
        Dataset<Row> stacked = Stacks.stacked(List.of(P.of("a1", "2020-03-05").poverty("high poverty")
                .subjects("Music", "Art"), P.of("a2", "2020-03-20")), Map.of(), "2020-03-31");
        assertThat(MonthlyCounts.featureTokens(stacked, List.of("school_charter"))).containsExactly(
                "poverty_level=high poverty", "poverty_level=low poverty", "metro_type=urban",
                "grade_level=Grades 3-5", "subject=Art", "subject=Music", "school_charter=true");
    }

    @Test
    void collectCountsTotalsFeaturesAndFundedDaysPerSlugAndCut() {
        Dataset<Row> stacked = Stacks.stacked(List.of(P.of("a1", "2020-03-05").subjects("Music"),
                P.of("a2", "2020-03-20").funded("2020-03-25")), Map.of("t", List.of("a2")), "2020-03-31");
        MonthlyCounts counts = MonthlyCounts.collect(stacked, List.of());

        assertThat(counts.tokens("*").get(Aggregates.TOTAL))
                .containsOnly(Map.entry(new MonthCut(MARCH, -1), 2L), Map.entry(new MonthCut(MARCH, 0), 2L));
        assertThat(counts.tokens("*").get("subject=Music")).containsEntry(new MonthCut(MARCH, 0), 1L);
        assertThat(counts.tokens("t").get(Aggregates.FUNDED_DAYS + 5)).containsEntry(new MonthCut(MARCH, 0), 1L);
        assertThat(counts.tokens("t")).doesNotContainKey("subject=Music"); // zero counts are left out
        assertThat(counts.tokens("nobody")).isEmpty();
        assertThatThrownBy(() -> counts.tokens("*").get(Aggregates.TOTAL).put(new MonthCut(MARCH, 1), 1L))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theBuilderSumsRepeatedCounts() {
        MonthlyCounts counts = new MonthlyCounts.Builder().add("t", "total", MARCH, -1, 2).add("t", "total", MARCH, -1, 3)
                .build();
        assertThat(counts.tokens("t").get("total")).containsExactly(Map.entry(new MonthCut(MARCH, -1), 5L));
    }
}
