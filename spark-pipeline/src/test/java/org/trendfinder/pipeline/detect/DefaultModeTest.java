package org.trendfinder.pipeline.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The default statistic on synthetic history, 2016-01-04 to the run date 2018-09-14 (window 09-01..14),
 * three projects a day. Background items cycle through a fixed vocabulary so every background word keeps
 * the same share all along; on top of that:
 * <ul>
 *   <li>"robots": 1 project in 50 before the window, 1 in 3 in it: a sudden rise;</li>
 *   <li>"pumpkins": 1 in 3 from Aug 20 to Sep 20 every year, never otherwise: seasonal;</li>
 *   <li>"flexible seating": 1 in 3 in the window only, while "flexible schedule" (1 in 20) and "seating chart"
 *       (1 in 25) run all along;</li>
 *   <li>"ukuleles": 12 extra window projects, all from one teacher at one school.</li>
 * </ul>
 */
class DefaultModeTest {

    static final LocalDate START = LocalDate.of(2016, 1, 4);
    static final LocalDate RUN = LocalDate.of(2018, 9, 14);
    static final LocalDate WINDOW_START = RUN.minusDays(13);
    static final List<String> VOCABULARY = List.of("markers", "paper", "novels", "headphones", "tablets", "scissors",
            "rugs", "easels", "globes", "calculators", "magnets", "puzzles");

    static Dataset<Row> projects;

    @BeforeAll
    static void data() {
        TestProjects p = new TestProjects();
        int i = 0;
        for (LocalDate day = START; !day.isAfter(RUN); day = day.plusDays(1)) {
            boolean window = !day.isBefore(WINDOW_START);
            MonthDay md = MonthDay.from(day);
            boolean pumpkinSeason = !md.isBefore(MonthDay.of(8, 20)) && !md.isAfter(MonthDay.of(9, 20));
            for (int k = 0; k < 3; k++, i++) {
                List<String> items = background(i);
                if (window ? i % 3 == 0 : i % 50 == 0) {
                    items.add("Robots");
                }
                if (pumpkinSeason && i % 3 == 1) {
                    items.add("pumpkins");
                }
                if (window && i % 3 == 2) {
                    items.add("Flexible seating");
                }
                p.add("p" + i, "t" + (i % 40), "s" + (i % 25), day, items.toArray(String[]::new));
            }
        }
        for (int u = 0; u < 12; u++) {
            p.add("solo" + u, "solo", "solo-school", WINDOW_START.plusDays(u), "ukuleles", VOCABULARY.get(u));
        }
        projects = p.dataset().cache();
    }

    static List<String> background(int i) {
        List<String> items = new ArrayList<>();
        items.add(VOCABULARY.get(i % 12));
        items.add(VOCABULARY.get((i * 5 + 3) % 12));
        if (i % 20 == 0) {
            items.add("flexible schedule");
        }
        if (i % 25 == 0) {
            items.add("seating chart");
        }
        return items;
    }

    static List<String> keys(Detection detection) {
        return detection.trends().stream().map(Trend::key).toList();
    }

    @Test
    void findsTheSuddenRiseAndTheNewPhraseOnlyOnce() {
        Detection detection = new TrendDetector(DetectionParams.defaults()).detect(projects, List.of(RUN)).get(RUN);
        List<String> keys = keys(detection);

        assertThat(keys).contains("robot", "flexible seating");
        // "flexible" and "seating" rose only through "flexible seating": reported once, as the phrase.
        assertThat(keys).doesNotContain("flexible", "seating");
        // A word of every September meets its own last September in the seasonal baseline.
        assertThat(keys).doesNotContain("pumpkin");
        // One teacher posting the same thing twelve times is no trend.
        assertThat(keys).doesNotContain("ukulele");
        // Background words keep their share.
        assertThat(keys).doesNotContainAnyElementsOf(List.of("marker", "paper", "novel", "tablet"));

        Trend robot = detection.trends().stream().filter(t -> t.key().equals("robot")).findFirst().orElseThrow();
        assertThat(robot.term()).isEqualTo("robots");
        assertThat(robot.slug()).isEqualTo("robots");
        assertThat(robot.currentProjects()).isEqualTo(14);
        assertThat(robot.lift()).isGreaterThan(5);
        assertThat((double) robot.extra().get("q_value")).isLessThanOrEqualTo(0.01);
        assertThat((int) robot.extra().get("teachers")).isGreaterThanOrEqualTo(3);
        assertThat(robot.extra()).containsKeys("p_value", "schools");
        assertThat(detection.trends()).extracting(Trend::rank).startsWith(1, 2);
        assertThat(detection.trends()).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));

        assertThat(detection.windows()).containsKeys("current", "baseline", "seasonal");
        assertThat(detection.windows().get("current").from()).isEqualTo("2018-09-01");
        // The whole weeks before the window: 26 Monday-Sunday weeks ending Sunday 2018-08-26.
        assertThat(detection.windows().get("baseline").to()).isEqualTo("2018-08-26");
        assertThat(detection.windows().get("baseline").from()).isEqualTo("2018-02-26");
        assertThat(detection.windows().get("seasonal").description()).contains("2017-08-28", "2016-08-29");
    }

    @Test
    void withoutTheSeasonalBaselineTheSeasonalWordWouldTrend() {
        DetectionParams noSeason = DetectionParams.defaults().toBuilder().seasonalYears(0).baselineWeeks(26).build();
        Detection detection = new TrendDetector(noSeason).detect(projects, List.of(RUN)).get(RUN);
        assertThat(keys(detection)).contains("pumpkin", "robot");
    }

    @Test
    void backfillFromOneScanEqualsSingleRuns() {
        LocalDate earlier = RUN.minusDays(3);   // window 08-29..09-11 holds 11 robot projects
        TrendDetector detector = new TrendDetector(DetectionParams.defaults());
        Map<LocalDate, Detection> backfill = detector.detect(projects, List.of(earlier, RUN));
        assertThat(backfill).containsOnlyKeys(earlier, RUN);
        assertThat(backfill.get(earlier)).isEqualTo(detector.detect(projects, List.of(earlier)).get(earlier));
        assertThat(backfill.get(RUN)).isEqualTo(detector.detect(projects, List.of(RUN)).get(RUN));
        assertThat(keys(backfill.get(earlier))).contains("robot");
    }

    @Test
    void windowDetailsGatheredOneRunDateAtATimeEqualOnePassForAll() {
        List<LocalDate> runDates = List.of(RUN.minusDays(6), RUN.minusDays(3), RUN);
        // budgets in details entries: all runs in one pass, one run a pass (every run exceeds 1), and in between
        Map<LocalDate, Detection> onePass = new TrendDetector(DetectionParams.defaults(), Long.MAX_VALUE)
                .detect(projects, runDates);
        Map<LocalDate, Detection> oneByOne = new TrendDetector(DetectionParams.defaults(), 1).detect(projects, runDates);
        Map<LocalDate, Detection> between = new TrendDetector(DetectionParams.defaults(), 100).detect(projects, runDates);
        assertThat(keys(onePass.get(RUN))).contains("robot");
        assertThat(oneByOne).isEqualTo(onePass);
        assertThat(between).isEqualTo(onePass);
    }

    @Test
    void projectsPostedAfterTheRunDateChangeNothing() {
        TestProjects future = new TestProjects();
        for (int k = 0; k < 60; k++) {
            future.add("f" + k, "ft" + k, "fs" + k, RUN.plusDays(1 + k % 5), "pumpkins", "Robots", "markers");
        }
        TrendDetector detector = new TrendDetector(DetectionParams.defaults());
        assertThat(detector.detect(projects.unionByName(future.dataset()), List.of(RUN)).get(RUN))
                .isEqualTo(detector.detect(projects, List.of(RUN)).get(RUN));
    }

    @Test
    void slugsStayUniqueAndValid() {
        Slugs slugs = new Slugs();
        assertThat(slugs.of("T-shirts")).isEqualTo("t-shirts");
        assertThat(slugs.of("t shirts")).isEqualTo("t-shirts-2");
        assertThat(org.trendfinder.store.Slug.isValid(slugs.of("음악"))).isTrue();
    }

    @Test
    void platformGrowthWithFlatSharesIsNoTrend() {
        TestProjects p = new TestProjects();
        int i = 0;
        for (LocalDate day = START; !day.isAfter(RUN); day = day.plusDays(1)) {
            int perDay = day.isBefore(WINDOW_START) ? 3 : 9;   // three times the projects in the window
            for (int k = 0; k < perDay; k++, i++) {
                p.add("g" + i, "t" + (i % 40), "s" + (i % 25), day, background(i).toArray(String[]::new));
            }
        }
        Detection detection = new TrendDetector(DetectionParams.defaults()).detect(p.dataset(), List.of(RUN)).get(RUN);
        assertThat(detection.trends()).isEmpty();
        assertThat(detection.notes()).anyMatch(n -> n.contains("candidate terms tested"));
    }
}
