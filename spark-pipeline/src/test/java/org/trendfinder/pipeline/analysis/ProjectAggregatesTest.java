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
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.trendfinder.pipeline.SparkTestSession;

class ProjectAggregatesTest {

    @Test
    void computeFillsEveryAggregateInOnePassAndTimesIt() {
        SparkSession spark = SparkTestSession.get();
        Dataset<Row> projects = TestProjects.projects(spark, List.of(P.of("a1", "2020-03-05"),
                P.of("a2", "2020-03-20").charter(true)), true);
        Dataset<Row> membership = TestProjects.membership(spark, Map.of("t", List.of("a2")));
        Aggregates a = new ProjectAggregates(AnalysisParams.defaults(), Stacks.OAKLAND)
                .compute(projects, membership, Stacks.calendar("2020-03-31"));

        assertThat(a.flags()).containsExactly("school_charter");
        assertThat(a.timingsMillis()).containsOnlyKeys("analyses_pass");
        assertThat(a.monthly().tokens("t")).containsKey("school_charter=true");
        assertThat(a.recent().of(0, "t")).isNotEmpty();
        assertThat(a.geoSplits().splitNames()).containsExactly("coastal", "north", "Oakland", "non-urban");
        assertThat(a.examples().of(0, "t")).hasSize(1);
        assertThat(a.countyMatches().byCounty()).hasSize(1);
    }

    @Test
    void runSliceReadsTheCutOfItsOwnMonth() {
        YearMonth march = YearMonth.of(2020, 3);
        Aggregates a = Aggregates.ofMonthly(new MonthlyCounts.Builder()
                .add(Aggregates.ALL, Aggregates.TOTAL, march, RunCalendar.FULL, 9)
                .add(Aggregates.ALL, Aggregates.TOTAL, march, 0, 4).build());
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
