package org.trendfinder.pipeline.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.trendfinder.pipeline.analysis.TestProjects.P;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trendfinder.pipeline.SparkTestSession;
import org.trendfinder.store.Plot;

/**
 * Trends planted where an analysis must find them: "hp" in high-poverty charter schools (diverging_features),
 * "cook" moving into Cook County, IL (geo_splits). Run date 2021-06-30.
 */
class PlantedTrendsTest {

    static final LocalDate RUN = LocalDate.parse("2021-06-30");
    static Map<String, Map<Plot, PlotTable>> plots;

    @BeforeAll
    static void compute() {
        SparkSession spark = SparkTestSession.get();
        List<P> projects = new ArrayList<>();
        List<String> hp = new ArrayList<>();
        List<String> cook = new ArrayList<>();
        // each month 2020-07 .. 2021-06: 10 projects in KS, 2 of them high-poverty charter schools with the trend
        for (YearMonth m = YearMonth.of(2020, 7); !m.isAfter(YearMonth.of(2021, 6)); m = m.plusMonths(1)) {
            for (int i = 0; i < 10; i++) {
                String id = "m" + m + "-" + i;
                P p = P.of(id, m.atDay(10).toString()).state("KS", "Riley").metro("town");
                if (i < 2) {
                    projects.add(p.poverty("high poverty").charter(true));
                    hp.add(id);
                } else {
                    projects.add(p);
                }
            }
        }
        // "cook": 20 projects in Riley, KS on 2021-01-01 .. 20, then 20 in Cook County, IL on 2021-06-01 .. 20
        for (int day = 1; day <= 20; day++) {
            projects.add(P.of("k" + day, LocalDate.of(2021, 1, day).toString()).state("KS", "Riley").metro("town"));
            projects.add(P.of("c" + day, LocalDate.of(2021, 6, day).toString()).state("IL", "Cook").metro("urban"));
            cook.add("k" + day);
            cook.add("c" + day);
        }
        AnalysisParams params = AnalysisParams.defaults().toBuilder().geoMinProjects(10).build();
        plots = new TrendAnalyses(params).compute(TestProjects.projects(spark, projects, true),
                TestProjects.membership(spark, Map.of("hp", hp, "cook", cook)),
                List.of(RunPlan.of(RUN, 14, List.of(TrendRef.of("hp"), TrendRef.of("cook"))))).get(RUN);
    }

    @Test
    void aTrendPlantedInHighPovertySchoolsDivergesOnThatFeature() {
        PlotTable diverging = plots.get("hp").get(Plot.DIVERGING_FEATURES);
        // trend share 1, all projects' share 2/10: every month of 2020 differs by 0.8
        List<String> dec = diverging.data().rows().stream()
                .filter(r -> r.get(0).equals("2020-12") && r.get(1).equals("poverty_level=high poverty"))
                .findFirst().orElseThrow();
        assertThat(Double.parseDouble(dec.get(2))).isCloseTo(0.8, within(1e-12));
        @SuppressWarnings("unchecked")
        List<String> features = (List<String>) diverging.kwargs().get("features");
        // high poverty and the charter flag move together (+), low poverty is their mirror (−); metro/grade do not
        assertThat(features).containsExactly("poverty_level=high poverty", "school_charter=true",
                "poverty_level=low poverty");
    }

    @Test
    void aTrendPlantedInOneCountyTopsGeoSplits() {
        List<List<String>> splits = plots.get("cook").get(Plot.GEO_SPLITS).data().rows();
        // Chicago's cumulative share: 0 for the first 20 projects, 0.5 after the last 20
        assertThat(splits.get(0)).containsExactly("Chicago", "0.5", "20", "20", "0.5");
        assertThat(splits.subList(1, splits.size())).extracting(r -> r.get(1)).containsOnly("0");
        List<List<String>> chicago = plots.get("cook").get(Plot.SPLIT_SHARES).data().rows().stream()
                .filter(r -> r.get(1).equals("Chicago")).toList();
        // the last 14-day bin ends on the run date and holds June 17..20; 2 bins: June 3..20; 13 bins reach January
        assertThat(chicago.get(chicago.size() - 1))
                .containsExactly("2021-06-30", "Chicago", "4", "0", "0.5", "1", "1", "0.5", "0.5", "0.5");
        assertThat(chicago.get(0).get(0)).isEqualTo("2021-01-13"); // the bin holding 2021-01-01: 180 days = 12 bins + 12 days
        assertThat(plots.get("cook").get(Plot.SPLIT_SHARES).kwargs().get("splits")).asList().first()
                .isEqualTo("Chicago");
    }
}
