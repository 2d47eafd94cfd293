package org.trendfinder.pipeline.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trendfinder.pipeline.analysis.TestProjects.P;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class GeoSplitDailyTest {

    @Test
    void countsEachTrendsProjectsPerDayInAllAndInsideEachSplit() {
        List<String> names = GeoSplit.all(Stacks.OAKLAND).stream().map(GeoSplit::name).toList();
        GeoSplitDaily daily = GeoSplitDaily.collect(Stacks.stacked(List.of(
                P.of("oakland", "2020-03-05"), P.of("brooklyn", "2020-03-05").state("NY", "Kings").metro("rural"),
                P.of("austin", "2020-03-09").state("TX", "Travis").metro("rural")),
                Map.of("t", List.of("oakland", "brooklyn", "austin")), "2020-03-31"), names);

        assertThat(daily.splitNames()).containsExactly("coastal", "north", "Oakland", "non-urban");
        // [trend projects, coastal, north, Oakland, non-urban]
        assertThat(daily.of("t").get(LocalDate.parse("2020-03-05"))).containsExactly(2, 2, 1, 1, 1);
        assertThat(daily.of("t").get(LocalDate.parse("2020-03-09"))).containsExactly(1, 0, 0, 0, 1);
        assertThat(daily.of("t").keySet()).hasSize(2);
        assertThat(daily.bySlug()).doesNotContainKey(Aggregates.ALL);
        assertThat(daily.of("nobody")).isEmpty();
    }
}
