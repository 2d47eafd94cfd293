package org.trendfinder.pipeline.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.trendfinder.pipeline.text.TextField;

class CoOccurrencesTest {

    private static final LocalDate DAY = LocalDate.of(2021, 3, 1);

    /**
     * Ten window projects, five with "robot" (grouped with "lego"). "coding" is in 3 of them and nowhere else,
     * "kit" in 4 of them and in every other project: by count "kit" would lead, by association "coding" does.
     */
    @Test
    void ranksByLiftAmongTermsWithEnoughSupportAndLeavesOutTheTrendsOwnTerms() {
        TestProjects projects = new TestProjects();
        for (int i = 1; i <= 3; i++) {
            projects.add("p" + i, "t" + i, "s" + i, DAY, "robot", "coding", "kit", "robot kit", "lego",
                    i <= 2 ? "sensor" : "glue");
        }
        projects.add("p4", "t4", "s4", DAY, "robot", "kit", "lego");
        projects.add("p5", "t5", "s5", DAY, "robot", "lego");
        for (int i = 6; i <= 10; i++) {
            projects.add("p" + i, "t" + i, "s" + i, DAY, "kit", "paper");
        }
        AnalyzedTexts window = AnalyzedTexts.of(projects.dataset(), List.of(TextField.RESOURCES));
        Trend robot = new Trend(1, "robot", "robot", "robot", 1.0, 5, 0.5, 0.1, 5, Map.of(), List.of("lego"));
        DetectionParams params = DetectionParams.defaults().toBuilder().fields(List.of(TextField.RESOURCES)).build();

        List<CoOccurrence> co = CoOccurrences.of(window, TrendMembership.of(window, List.of(robot), params),
                Map.of(DAY, List.of(robot)), params, 10).get(DAY).get("robot");

        // "robot kit" contains the trend, "lego" is grouped into it, "sensor" (2) and "glue" (1) lack support
        assertThat(co).extracting(CoOccurrence::term).containsExactly("coding", "kit");
        assertThat(co.get(0)).isEqualTo(new CoOccurrence("coding", 3, 3, 5, 10));
        assertThat(co.get(0).lift()).isCloseTo(2.0, within(1e-12));        // (3/5) / (3/10)
        assertThat(co.get(0).logLikelihood()).isCloseTo(5.487169, within(1e-6));
        assertThat(co.get(1)).isEqualTo(new CoOccurrence("kit", 4, 9, 5, 10));
        assertThat(co.get(1).lift()).isCloseTo(0.888889, within(1e-6));    // (4/5) / (9/10)
        assertThat(co.get(1).logLikelihood()).isCloseTo(1.497635, within(1e-6));
    }

    @Test
    void supportGrowsWithTheTrend() {
        assertThat(CoOccurrences.minSupport(5)).isEqualTo(3);
        assertThat(CoOccurrences.minSupport(100)).isEqualTo(5);
        assertThat(CoOccurrences.minSupport(101)).isEqualTo(6);
    }

    @Test
    void aBackfillsRunDatesTogetherEqualEachRunDateAlone() {
        TestProjects projects = new TestProjects();
        LocalDate second = DAY.plusDays(7);
        for (int i = 1; i <= 12; i++) {
            LocalDate posted = DAY.minusDays(10).plusDays(i);            // windows overlap: both runs see some
            projects.add("p" + i, "t" + i, "s" + i, posted, "robot", i % 2 == 0 ? "coding" : "kit",
                    i % 3 == 0 ? "sensor" : "glue", "lego");
        }
        for (int i = 13; i <= 20; i++) {
            projects.add("p" + i, "t" + i, "s" + i, second.minusDays(i - 13), "kit", "paper", "glue");
        }
        AnalyzedTexts texts = AnalyzedTexts.of(projects.dataset(), List.of(TextField.RESOURCES));
        Trend robot = new Trend(1, "robot", "robot", "robot", 1.0, 5, 0.5, 0.1, 5, Map.of(), List.of());
        Trend glue = new Trend(2, "glue", "glue", "glue", 1.0, 5, 0.5, 0.1, 5, Map.of(), List.of());
        DetectionParams params = DetectionParams.defaults().toBuilder().fields(List.of(TextField.RESOURCES)).build();
        var membership = TrendMembership.of(texts, List.of(robot, glue), params);

        Map<LocalDate, List<Trend>> both = new java.util.LinkedHashMap<>();
        both.put(DAY, List.of(robot));
        both.put(second, List.of(robot, glue));
        var together = CoOccurrences.of(texts, membership, both, params, 10);
        assertThat(CoOccurrences.of(texts, membership, both, params, 10, 1)).isEqualTo(together);

        assertThat(together.get(DAY)).isEqualTo(CoOccurrences.of(texts, membership, Map.of(DAY, List.of(robot)),
                params, 10).get(DAY));
        assertThat(together.get(second)).isEqualTo(CoOccurrences.of(texts, membership,
                Map.of(second, List.of(robot, glue)), params, 10).get(second));
        assertThat(together.get(second).get("robot")).isNotEmpty();
        assertThat(together.get(second).get("robot")).isNotEqualTo(together.get(DAY).get("robot"));
    }
}
