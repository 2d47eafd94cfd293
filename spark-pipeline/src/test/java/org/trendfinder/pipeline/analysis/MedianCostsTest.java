package org.trendfinder.pipeline.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trendfinder.pipeline.analysis.TestProjects.P;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MedianCostsTest {

    @Test
    void medianCostPerSlugAndMonthCut() {
        MedianCosts costs = MedianCosts.collect(Stacks.stacked(List.of(P.of("a1", "2020-03-05").cost(100),
                P.of("a2", "2020-03-06").cost(200), P.of("a3", "2020-03-20").cost(600)),
                Map.of("t", List.of("a3")), "2020-03-10"));
        MonthCut whole = new MonthCut(YearMonth.of(2020, 3), RunCalendar.FULL);
        MonthCut upToRun = new MonthCut(YearMonth.of(2020, 3), 0);
        assertThat(costs.bySlug().get("*")).containsOnly(Map.entry(whole, 200.0), Map.entry(upToRun, 100.0));
        assertThat(costs.bySlug().get("t")).containsOnly(Map.entry(whole, 600.0));
    }
}
