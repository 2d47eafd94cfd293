package org.trendfinder.pipeline.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trendfinder.pipeline.analysis.TestProjects.P;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class ProjectStackTest {

    @Test
    void eachProjectIsOneRowWithTheTrendsItBelongsTo() {
        List<Row> rows = Stacks.stacked(List.of(P.of("a1", "2020-03-05"), P.of("a2", "2020-03-20")),
                Map.of("t", List.of("a2"), "s", List.of("a2")), "2020-03-31")
                .rows().select("project_id", "slugs", "title").orderBy("project_id").collectAsList();
        assertThat(rows).extracting(Row::toString)
                .containsExactly("[a1,WrappedArray(),Title a1]", "[a2,WrappedArray(s, t),Title a2]");
    }

    @Test
    void eachProjectCarriesItsFundingDaysAndSplits() {
        List<P> projects = List.of(
                P.of("early", "2020-03-05").funded("2020-03-20"),
                P.of("late", "2020-03-20").state("NY", "Kings").metro("rural"),
                P.of("old", "2019-10-01").state("TX", "Travis").metro("rural"));
        List<Row> rows = Stacks.stacked(projects, Map.of(), "2020-03-10", "2020-03-31").rows()
                .select("project_id", "days_to_funded", "split_mask").orderBy("project_id").collectAsList();
        // Mask bits: coastal, north, Oakland, non-urban.
        assertThat(rows).extracting(Row::toString).containsExactly("[early,15,5]", "[late,null,11]", "[old,null,8]");
    }

    @Test
    void eachProjectIsRoutedToItsMonthCutsRecentRunsAndPendingRuns() {
        RunRouting routing = new RunRouting(Stacks.calendar("2020-03-10", "2020-03-31"), AnalysisParams.defaults());
        LocalDate early = LocalDate.parse("2020-03-05");
        LocalDate late = LocalDate.parse("2020-03-20");
        LocalDate old = LocalDate.parse("2019-10-01");
        // cut -1: the whole month; cut j: the month up to its j-th run date
        assertThat(routing.cuts(early, "2020-03")).containsExactly(-1, 0, 1);
        assertThat(routing.cuts(late, "2020-03")).containsExactly(-1, 1);
        assertThat(routing.cuts(old, "2019-10")).containsExactly(-1);
        // recent: the 90 days up to a run, both ends included
        assertThat(routing.recentRuns(early)).containsExactly(0, 1);
        assertThat(routing.recentRuns(late)).containsExactly(1);
        assertThat(routing.recentRuns(old)).isEmpty();
        assertThat(routing.recentRuns(LocalDate.parse("2019-12-12"))).containsExactly(0);
        assertThat(routing.recentRuns(LocalDate.parse("2019-12-11"))).isEmpty();
        // pending: posted by the run date, funded after it
        assertThat(routing.pendingRuns(early, LocalDate.parse("2020-03-20"))).containsExactly(0);
        assertThat(routing.pendingRuns(early, LocalDate.parse("2020-03-10"))).isEmpty();
        assertThat(routing.pendingRuns(late, null)).isEmpty();
        assertThat(routing.pendingRuns(old, LocalDate.parse("2020-04-01"))).containsExactly(0, 1);
    }
}
