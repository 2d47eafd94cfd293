package org.trendfinder.pipeline.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trendfinder.store.TrendColumns;
import org.trendfinder.store.TrendKind;

/**
 * The two horizons on synthetic history, 2016-01-04 to 2018-09-14, three projects a day over a fixed background
 * vocabulary (as {@link DefaultModeTest}), plus:
 * <ul>
 *   <li>"terrariums": from 2017-01-01 its share grows steadily from 0 to 1 in 4 by the run date; the last two
 *       weeks are hardly above the half year before them, but far above the same weeks a year earlier;</li>
 *   <li>"robots": 1 in 50 all along, 1 in 3 in the last two weeks: a burst;</li>
 *   <li>"pumpkins": 1 in 3 from Aug 20 to Sep 20 every year: seasonal, on neither horizon.</li>
 * </ul>
 */
class GrowingHorizonTest {

    static final LocalDate START = LocalDate.of(2016, 1, 4);
    static final LocalDate GROWTH_START = LocalDate.of(2017, 1, 1);
    static final LocalDate RUN = LocalDate.of(2018, 9, 14);

    static Dataset<Row> projects;

    @BeforeAll
    static void data() {
        TestProjects p = new TestProjects();
        int i = 0;
        double span = RUN.toEpochDay() - GROWTH_START.toEpochDay();
        for (LocalDate day = START; !day.isAfter(RUN); day = day.plusDays(1)) {
            boolean window = !day.isBefore(RUN.minusDays(13));
            MonthDay md = MonthDay.from(day);
            boolean pumpkinSeason = !md.isBefore(MonthDay.of(8, 20)) && !md.isAfter(MonthDay.of(9, 20));
            double growth = day.isBefore(GROWTH_START) ? 0 : (day.toEpochDay() - GROWTH_START.toEpochDay()) / span / 4;
            for (int k = 0; k < 3; k++, i++) {
                List<String> items = DefaultModeTest.background(i);
                if (window ? i % 3 == 0 : i % 50 == 0) {
                    items.add("Robots");
                }
                if (pumpkinSeason && i % 3 == 1) {
                    items.add("pumpkins");
                }
                // a low-discrepancy draw: the planted share without random clumps
                if ((i * 0.6180339887) % 1.0 < growth) {
                    items.add("Terrariums");
                }
                p.add("p" + i, "t" + (i % 40), "s" + (i % 25), day, items.toArray(String[]::new));
            }
        }
        projects = p.dataset().cache();
    }

    private static Trend trend(Detection d, String key) {
        return d.trends().stream().filter(t -> t.key().equals(key) || t.alsoKeys().contains(key)).findFirst()
                .orElse(null);
    }

    @Test
    void aSlowGrowerIsGrowingABurstIsSurgingASeasonalWordIsNeither() {
        Detection detection = new TrendDetector(DetectionParams.defaults()).detect(projects, List.of(RUN)).get(RUN);

        Trend terrarium = trend(detection, "terrarium");
        assertThat(terrarium).as("the slow grower in %s; notes %s", detection.trends(), detection.notes()).isNotNull();
        assertThat(TrendKind.parse((String) terrarium.extra().get(TrendColumns.KIND))).containsExactly(TrendKind.GROWING);
        assertThat(terrarium.extra().get("baseline")).isEqualTo("year_before");
        assertThat((double) terrarium.extra().get("growth_lift")).isGreaterThan(2);

        Trend robot = trend(detection, "robot");
        assertThat(robot).isNotNull();
        assertThat(TrendKind.parse((String) robot.extra().get(TrendColumns.KIND))).contains(TrendKind.SURGING);

        assertThat(trend(detection, "pumpkin")).isNull();
        assertThat(detection.windows()).containsKeys(TrendColumns.GROWTH_CURRENT_WINDOW, TrendColumns.GROWTH_BASELINE_WINDOW);
        // 26 weeks up to the run date, and the same weeks 52 weeks earlier
        assertThat(detection.windows().get(TrendColumns.GROWTH_CURRENT_WINDOW).from()).isEqualTo("2018-03-17");
        assertThat(detection.windows().get(TrendColumns.GROWTH_BASELINE_WINDOW).from()).isEqualTo("2017-03-13");
        assertThat(detection.windows().get(TrendColumns.GROWTH_BASELINE_WINDOW).to()).isEqualTo("2017-09-17");
    }

    @Test
    void theSurgingHorizonAloneMissesTheSlowGrower() {
        DetectionParams surgingOnly = DetectionParams.defaults().withGrowth(DetectionParams.Growth.OFF);
        Detection detection = new TrendDetector(surgingOnly).detect(projects, List.of(RUN)).get(RUN);
        assertThat(trend(detection, "terrarium")).isNull();
        assertThat(trend(detection, "robot")).isNotNull();
        assertThat(detection.notes()).anyMatch(n -> n.contains("growing horizon off"));
    }

    @Test
    void lessThanAYearOfHistoryGivesNoGrowingTrendsAndSaysSo() {
        LocalDate early = START.plusDays(300);
        Detection detection = new TrendDetector(DetectionParams.defaults()).detect(projects, List.of(early)).get(early);
        assertThat(detection.trends()).noneMatch(t -> ((String) t.extra().get(TrendColumns.KIND)).contains("growing"));
        assertThat(detection.notes()).anyMatch(n -> n.contains("less than a year of history"));
    }
}
