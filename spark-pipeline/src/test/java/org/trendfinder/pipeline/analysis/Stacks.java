package org.trendfinder.pipeline.analysis;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.SparkSession;
import org.trendfinder.pipeline.SparkTestSession;

/** Tiny stacked projects ({@link ProjectStack}) for the aggregations' tests. */
final class Stacks {

    /** One metro county, so the splits are: coastal, north, Oakland, non-urban (bits 0..3). */
    static final MetroCounties OAKLAND = new MetroCounties("test",
            List.of(new MetroCounties.County("Oakland", "CA", "Alameda")));

    private Stacks() {
    }

    /** {@code projects} (no school flags) with {@code members} as trends, for the given run dates. */
    static ProjectStack stacked(List<TestProjects.P> projects, Map<String, List<String>> members, String... runDates) {
        SparkSession spark = SparkTestSession.get();
        return ProjectStack.of(TestProjects.projects(spark, projects, false),
                TestProjects.membership(spark, members), calendar(runDates), List.of(), GeoSplit.all(OAKLAND),
                AnalysisParams.defaults());
    }

    static RunCalendar calendar(String... runDates) {
        return new RunCalendar(Arrays.stream(runDates).map(LocalDate::parse).toList());
    }
}
