package org.trendfinder.pipeline.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trendfinder.pipeline.analysis.TestProjects.P;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FundedAfterRunTest {

    @Test
    void countsProjectsPostedByARunDateButFundedAfterIt() {
        FundedAfterRun pending = FundedAfterRun.collect(Stacks.stacked(List.of(
                P.of("a1", "2020-03-05").funded("2020-03-20"), P.of("a2", "2020-03-06").funded("2020-03-08")),
                Map.of("t", List.of("a1")), "2020-03-10", "2020-03-31"));
        YearMonth march = YearMonth.of(2020, 3);
        assertThat(pending.of(0, "*", march)).containsOnly(Map.entry(15, 1L));
        assertThat(pending.of(0, "t", march)).containsOnly(Map.entry(15, 1L));
        assertThat(pending.of(1, "*", march)).isEmpty(); // by 2020-03-31 both were funded
    }
}
