package org.trendfinder.pipeline.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trendfinder.pipeline.analysis.TestProjects.P;

import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class ProjectStackTest {

    @Test
    void eachProjectIsOneRowWithTheTrendsItBelongsTo() {
        List<Row> rows = Stacks.stacked(List.of(P.of("a1", "2020-03-05"), P.of("a2", "2020-03-20")),
                Map.of("t", List.of("a2"), "s", List.of("a2")), "2020-03-31")
                .select("project_id", "slugs", "title").orderBy("project_id").collectAsList();
        assertThat(rows).extracting(Row::toString)
                .containsExactly("[a1,WrappedArray(),Title a1]", "[a2,WrappedArray(s, t),Title a2]");
    }

    @Test
    void eachProjectCarriesTheCutsRunsAndSplitsItBelongsTo() {
        List<P> projects = List.of(
                P.of("early", "2020-03-05").funded("2020-03-20"),
                P.of("late", "2020-03-20").state("NY", "Kings").metro("rural"),
                P.of("old", "2019-10-01").state("TX", "Travis").metro("rural"));
        List<Row> rows = Stacks.stacked(projects, Map.of(), "2020-03-10", "2020-03-31")
                .select("project_id", "cuts", "recent_runs", "pending_runs", "days_to_funded", "split_mask")
                .orderBy("project_id").collectAsList();
        // cut -1: the whole month; cut j: the month up to its j-th run date. Recent: the 90 days up to a run.
        // Pending: posted by the run date, funded after it. Mask bits: coastal, north, Oakland, non-urban.
        assertThat(rows).extracting(Row::toString).containsExactly(
                "[early,WrappedArray(-1, 0, 1),WrappedArray(0, 1),WrappedArray(0),15,5]",
                "[late,WrappedArray(-1, 1),WrappedArray(1),WrappedArray(),null,11]",
                "[old,WrappedArray(-1),WrappedArray(),WrappedArray(),null,8]");
    }
}
