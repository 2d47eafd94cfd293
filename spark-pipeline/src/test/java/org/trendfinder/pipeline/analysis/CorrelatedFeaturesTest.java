package org.trendfinder.pipeline.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.trendfinder.pipeline.analysis.TestProjects.P;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trendfinder.pipeline.SparkTestSession;
import org.trendfinder.store.Plot;

/**
 * 30 months: trend "x" is c_t random rural projects in month t (a stationary series), trend "y" is t + 1
 * urban projects (a straight line, whose differences are constant: no unit-root test can pass).
 */
class CorrelatedFeaturesTest {

    static final LocalDate RUN = LocalDate.parse("2020-06-30");
    static Map<String, Map<Plot, PlotTable>> plots;
    static long[] xCounts = new long[30];

    @BeforeAll
    static void compute() {
        SparkSession spark = SparkTestSession.get();
        Random random = new Random(7);
        List<P> projects = new ArrayList<>();
        List<String> x = new ArrayList<>();
        List<String> y = new ArrayList<>();
        YearMonth m = YearMonth.of(2018, 1);
        for (int t = 0; t < 30; t++, m = m.plusMonths(1)) {
            int c = 1 + random.nextInt(6);
            xCounts[t] = c;
            for (int i = 0; i < c; i++) {
                projects.add(P.of("x" + t + "-" + i, m.atDay(1 + i).toString()).metro("rural"));
                x.add("x" + t + "-" + i);
            }
            for (int i = 0; i <= t; i++) {
                projects.add(P.of("y" + t + "-" + i, m.atDay(1 + i % 28).toString()).metro("urban"));
                y.add("y" + t + "-" + i);
            }
        }
        plots = new TrendAnalyses(AnalysisParams.defaults()).compute(TestProjects.projects(spark, projects, false),
                TestProjects.membership(spark, Map.of("x", x, "y", y)),
                List.of(RunPlan.of(RUN, 14, List.of(TrendRef.of("x"), TrendRef.of("y"))))).get(RUN);
    }

    @Test
    void featuresMovingWithAStationaryTrendAreFound() {
        assertThat(plots.get("x").get(Plot.FEATURE_SERIES).kwargs()).containsEntry("status", "ok");
        List<List<String>> correlated = plots.get("x").get(Plot.CORRELATED_FEATURES).data().rows();
        // rural = x; low poverty and the grade = x + y, whose differences are x's plus 1; urban = y is a line
        assertThat(correlated).extracting(r -> r.get(0))
                .containsExactly("grade_level=Grades 3-5", "metro_type=rural", "poverty_level=low poverty");
        for (List<String> r : correlated) {
            assertThat(Double.parseDouble(r.get(1))).isCloseTo(1.0, within(1e-9));
            assertThat(Double.parseDouble(r.get(2))).isCloseTo(0.0, within(1e-9));
            assertThat(r.get(3)).isEqualTo("30");
        }
        List<List<String>> rural = plots.get("x").get(Plot.FEATURE_SERIES).data().rows().stream()
                .filter(r -> r.get(1).equals("metro_type=rural")).toList();
        assertThat(rural).hasSize(30);
        assertThat(rural.get(0)).containsExactly("2018-01", "metro_type=rural", Long.toString(xCounts[0]),
                Long.toString(xCounts[0]));
        assertThat(plots.get("x").get(Plot.FEATURE_SERIES).kwargs()).containsEntry("window_start", "2020-06-17");
    }

    @Test
    void aTrendWhoseDifferencesAreNotStationaryIsNotCorrelated() {
        assertThat(plots.get("y").get(Plot.FEATURE_SERIES).kwargs()).containsEntry("status", "not_stationary");
        assertThat(plots.get("y").get(Plot.CORRELATED_FEATURES).data().rows()).isEmpty();
        assertThat(plots.get("y").get(Plot.FEATURE_SERIES).data().rows()).isEmpty();
    }
}
