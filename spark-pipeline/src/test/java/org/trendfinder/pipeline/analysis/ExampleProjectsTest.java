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

    @Test
    void manyCandidatesInManyPartitionsAreCutBackToTheNewest() {
        // 50 trend projects over 5 partitions, 2 kept: each partition cuts its list back as it doubles, the merge
        // cuts again, and the newest two of all must survive (a later date wins, then the smaller id)
        List<TestProjects.P> projects = new java.util.ArrayList<>();
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String id = String.format("p%02d", i);
            projects.add(P.of(id, LocalDate.parse("2020-03-01").plusDays(i % 25).toString()));
            ids.add(id);
        }
        ProjectStack stack = Stacks.stacked(projects, Map.of("t", ids), "2020-03-31");
        ExampleProjects examples = ExampleProjects.collect(
                new ProjectStack(stack.rows().repartition(5), stack.routing()), 2);
        assertThat(examples.of(0, "t")).extracting(ExampleProjects.Example::projectId).containsExactly("p24", "p49");
    }
}
