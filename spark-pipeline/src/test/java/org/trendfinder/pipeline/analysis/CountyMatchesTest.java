package org.trendfinder.pipeline.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trendfinder.pipeline.analysis.TestProjects.P;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CountyMatchesTest {

    @Test
    void countsAllProjectsInEachCountyOnceWhateverTheirTrends() {
        MetroCounties.County alameda = new MetroCounties.County("Oakland", "CA", "Alameda County");
        MetroCounties.County typo = new MetroCounties.County("Nowhere", "CA", "Alamdea");
        ProjectStack stacked = Stacks.stacked(List.of(P.of("a1", "2020-03-05"), P.of("a2", "2020-03-06"),
                P.of("ny", "2020-03-06").state("NY", "Alameda")), Map.of("t", List.of("a1")), "2020-03-31");

        CountyMatches matches = CountyMatches.collect(stacked, List.of(alameda, typo));
        assertThat(matches.of(alameda)).isEqualTo(2);
        assertThat(matches.of(typo)).isZero();
        assertThat(CountyMatches.collect(stacked, List.of()).byCounty()).isEmpty();
    }
}
