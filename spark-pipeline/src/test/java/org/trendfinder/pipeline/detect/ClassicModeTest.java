package org.trendfinder.pipeline.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 2018 statistic on a case small enough to compute by hand.
 *
 * <p>Run date 2020-03-31: window 2020-03-18..31 holds 4 projects (all on 03-31). History: the 30 days
 * 2020-02-17..03-17, 4 projects each (120). 4 / 120 = 3.3 % &gt; 2 %, so 30 groups; each day already holds
 * 4 &ge; 4 projects, so each group is one day. Candidate minimum floor(0.005 x 4) = 0. History day d = 0 is
 * 03-17, d = 29 is 02-17; k = 0..3 numbers the projects of a day.
 * <pre>
 * term    history                         group shares         mean   sd     window p  |p-mean|  2 sd   trend  weight
 * pencil  every project                   30 x 1.00            1.000  0      4/4=1.00  0         0      no
 * beaker  d even, k=0                     15 x .25, 15 x 0     0.125  0.125  2/4=0.50  0.375     0.25   yes    .5 x .375/.125 = 1.5
 * glue    d even, k=0,1                   15 x .50, 15 x 0     0.250  0.250  2/4=0.50  0.250     0.50   no
 * crayon  k=0 every day                   30 x .25             0.250  0      2/4=0.50  0.250     0      yes    sd floor 1/120:
 *                                                                                                             .5 x .25 x 120 = 15
 * eraser  d even k=2,3; d odd k=2         15 x .5, 15 x .25    0.375  0.125  absent: not a window word, so never a candidate (as 2018)
 * </pre>
 */
class ClassicModeTest {

    static final LocalDate RUN = LocalDate.of(2020, 3, 31);
    static Dataset<Row> projects;

    @BeforeAll
    static void data() {
        TestProjects p = new TestProjects();
        LocalDate newestHistoryDay = RUN.minusDays(14);
        for (int d = 0; d < 30; d++) {
            LocalDate day = newestHistoryDay.minusDays(d);
            for (int k = 0; k < 4; k++) {
                List<String> items = new ArrayList<>(List.of("pencil"));
                boolean even = d % 2 == 0;
                if (even && k == 0) {
                    items.add("beaker");
                }
                if (even && k <= 1) {
                    items.add("glue");
                }
                if (k == 0) {
                    items.add("crayon");
                }
                if ((even && k >= 2) || (!even && k == 2)) {
                    items.add("eraser");
                }
                p.add("h" + d + "-" + k, "t" + k, "s" + k, day, items.toArray(String[]::new));
            }
        }
        for (int k = 0; k < 4; k++) {
            List<String> items = new ArrayList<>(List.of("pencil"));
            if (k <= 1) {
                items.addAll(List.of("beaker", "glue", "crayons"));
            }
            p.add("w" + k, "t" + k, "s" + k, RUN, items.toArray(String[]::new));
        }
        projects = p.dataset();
    }

    @Test
    void reproducesTheHandComputedTrendsAndWeights() {
        Detection detection = new TrendDetector(DetectionParams.classic()).detect(projects, List.of(RUN)).get(RUN);

        assertThat(detection.trends()).extracting(Trend::key).containsExactly("crayon", "beaker");
        Trend crayon = detection.trends().get(0);
        assertThat(crayon.rank()).isEqualTo(1);
        assertThat(crayon.term()).isEqualTo("crayons");   // the window's surface form
        assertThat(crayon.slug()).isEqualTo("crayons");
        assertThat(crayon.score()).isCloseTo(15.0, within(1e-9));
        Trend beaker = detection.trends().get(1);
        assertThat(beaker.score()).isCloseTo(1.5, within(1e-9));
        assertThat(beaker.currentProjects()).isEqualTo(2);
        assertThat(beaker.currentShare()).isCloseTo(0.5, within(1e-12));
        assertThat(beaker.baselineShare()).isCloseTo(0.125, within(1e-12));
        assertThat(beaker.lift()).isCloseTo(4.0, within(1e-12));
        assertThat(beaker.extra()).containsEntry("history_groups", 30).containsEntry("direction", "up");
        assertThat((double) beaker.extra().get("historical_sd")).isCloseTo(0.125, within(1e-12));

        assertThat(detection.windows()).containsKeys("current", "baseline", "seasonal");
        assertThat(detection.windows().get("current").from()).isEqualTo("2020-03-18");
        assertThat(detection.windows().get("baseline").from()).isEqualTo("2020-02-17");
        assertThat(detection.windows().get("baseline").to()).isEqualTo("2020-03-17");
        assertThat(detection.notes()).anyMatch(n -> n.contains("30 history groups instead of 50"));
    }

    @Test
    void tooLittleHistoryGivesNoTrendsAndSaysWhy() {
        // Run date 03-30: the window 03-17..30 holds the 4 projects of 03-17; only 29 days (116 projects)
        // remain before it, not enough for 30 groups of 4: 2018 crashed with an IndexError here.
        LocalDate run = RUN.minusDays(1);
        Detection detection = new TrendDetector(DetectionParams.classic()).detect(projects, List.of(run)).get(run);
        assertThat(detection.trends()).isEmpty();
        assertThat(detection.notes()).anyMatch(n -> n.startsWith("too little history"));
        assertThat(detection.windows().get("baseline").description()).isEqualTo("not enough history");
    }

    @Test
    void paramsDescribeTheRun() {
        Map<String, Object> map = DetectionParams.classic().asMap();
        assertThat(map).containsEntry("mode", "classic").containsEntry("max_ngram", 1)
                .containsEntry("fields", List.of("resources")).containsEntry("classic_groups", 50);
    }
}
