package org.trendfinder.pipeline.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trendfinder.pipeline.analysis.TestProjects.P;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RecentCategoriesTest {

    @Test
    void countsEachCategoryOverTheRecentPeriodOnlyAndEverySubjectOfAProject() {
        RecentCategories recent = RecentCategories.collect(Stacks.stacked(List.of(
                P.of("a1", "2020-03-05").subjects("Music", "Art"),
                P.of("a2", "2020-03-20").state("NY", "Kings").subjects("Music"),
                P.of("old", "2019-10-01").state("TX", "Travis")), Map.of("t", List.of("a2", "old")), "2020-03-31"));

        Map<String, Map<String, Long>> all = recent.of(0, "*");
        assertThat(all.get(Aggregates.RECENT_TOTAL)).containsOnly(Map.entry(Aggregates.RECENT_TOTAL, 2L));
        assertThat(all.get("state")).containsOnly(Map.entry("CA", 1L), Map.entry("NY", 1L));
        assertThat(all.get("subject")).containsOnly(Map.entry("Music", 2L), Map.entry("Art", 1L));
        assertThat(recent.of(0, "t").get("state")).containsOnly(Map.entry("NY", 1L));
        assertThat(recent.of(1, "*")).isEmpty();
    }
}
