package org.trendfinder.pipeline.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trendfinder.pipeline.analysis.TestProjects.P;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ExampleProjectsTest {

    @Test
    void keepsEachTrendsNewestProjectsOfTheRecentPeriodNewestFirstThenById() {
        ExampleProjects examples = ExampleProjects.collect(Stacks.stacked(List.of(
                P.of("b", "2020-03-20"), P.of("a", "2020-03-20").funded("2020-04-02"), P.of("c", "2020-03-01"),
                P.of("d", "2020-03-25")), Map.of("t", List.of("a", "b", "c")), "2020-03-31"), 2);

        assertThat(examples.of(0, "t")).extracting(ExampleProjects.Example::projectId).containsExactly("a", "b");
        ExampleProjects.Example a = examples.of(0, "t").get(0);
        assertThat(a).isEqualTo(new ExampleProjects.Example("a", "Title a", "CA", LocalDate.parse("2020-03-20"),
                "Fully Funded", 100.0, LocalDate.parse("2020-04-02")));
        assertThat(examples.of(0, Aggregates.ALL)).isEmpty(); // all-projects rows have no examples
    }
}
