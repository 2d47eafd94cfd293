package org.trendfinder.pipeline.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.trendfinder.pipeline.analysis.TestProjects.P;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MonthlyCountsTest {

    private static final YearMonth MARCH = YearMonth.of(2020, 3);

    @Test
    void monthCutsKeepEachRunDateFromCountingLaterProjects() {
        MonthlyCounts counts = MonthlyCounts.collect(Stacks.stacked(List.of(
                P.of("a1", "2020-03-05"), P.of("a2", "2020-03-20"), P.of("a3", "2020-02-10")),
                Map.of("t", List.of("a2")), "2020-03-31", "2020-03-10"));
        // Cut -1: the whole month; cut 0: up to 2020-03-10; cut 1: up to 2020-03-31
        Map<MonthCut, Long> expectedAll = Map.of(new MonthCut(YearMonth.of(2020, 2), -1), 1L,
                new MonthCut(MARCH, -1), 2L, new MonthCut(MARCH, 0), 1L, new MonthCut(MARCH, 1), 2L);
        assertThat(counts.tokens("*").get(Aggregates.TOTAL)).isEqualTo(expectedAll);
        assertThat(counts.tokens("*").get("poverty_level=low poverty")).isEqualTo(expectedAll);
        assertThat(counts.tokens("t").get(Aggregates.TOTAL))
                .isEqualTo(Map.of(new MonthCut(MARCH, -1), 1L, new MonthCut(MARCH, 1), 1L));
    }

    @Test
    void aRowCountsUnderEachFeatureOnceAndUnderItsFundedDays() {
        StackRow row = new StackRow("t", "a1", LocalDate.parse("2020-03-05"), "2020-03", "CA", "alameda", "urban",
                "high poverty", "Grades 3-5", Arrays.asList("Music", "Art", "Music", null), "Supplies", "Mrs.", 10.0,
                LocalDate.parse("2020-03-10"), "Fully Funded", "title", 5, List.of("school_charter"), new int[] {-1},
                new int[0], new int[0], 0L);
        assertThat(MonthlyCounts.tokens(row)).containsExactly(Aggregates.TOTAL, "poverty_level=high poverty",
                "metro_type=urban", "grade_level=Grades 3-5", "subject=Music", "subject=Art", "school_charter=true",
                Aggregates.FUNDED_DAYS + 5);
    }

    @Test
    void collectCountsTotalsFeaturesAndFundedDaysPerSlugAndCut() {
        ProjectStack stacked = Stacks.stacked(List.of(P.of("a1", "2020-03-05").subjects("Music"),
                P.of("a2", "2020-03-20").funded("2020-03-25")), Map.of("t", List.of("a2")), "2020-03-31");
        MonthlyCounts counts = MonthlyCounts.collect(stacked);

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
