package org.trendfinder.pipeline.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.trendfinder.pipeline.detect.RiseStatistic.Tested;

class CoOccurrenceSuppressionTest {

    /**
     * A significant term in window projects p{from}..p{to-1} of 1000, with x0 of 10000 baseline projects
     * (so its baseline share is x0 / 10000).
     */
    private static Tested tested(String key, int from, int to, long x0) {
        WindowTerm term = new WindowTerm();
        IntStream.range(from, to).forEach(i -> {
            term.add(key, "t" + i, "s" + i);
            term.inProject("p" + i);
        });
        return new Tested(key, term, to - from, 1000, x0, 10000, "trailing", 1e-9, 1.0);
    }

    @Test
    void aTermRisingInsideAHigherTrendsProjectsIsLeftToThatTrend() {
        // beehive: projects 0..99 (baseline 1 %: expected 10, excess 90).
        // kit: projects 50..169, 120 of 1000 vs 10 % baseline: expected 100, excess 20. 50 of its projects are
        // beehive projects, where 100 x 10 % = 10 are expected: 40 of its 20 excess lie there, so beehive explains it.
        Tested beehive = tested("beehive", 0, 100, 100);
        Tested kit = tested("kit", 50, 170, 1000);
        CoOccurrenceSuppression.Result result = CoOccurrenceSuppression.apply(List.of(beehive, kit), 25);
        assertThat(result.kept()).extracting(Tested::key).containsExactly("beehive");
        assertThat(result.explained()).isEqualTo(1);
    }

    @Test
    void independentTrendsAreBothKeptEvenWhenTheyShareAFewProjects() {
        // beehive: 0..99 (excess 90); drone: 90..169, 80 vs 1 % baseline (expected 10, excess 70).
        // They share 10 projects, 1 expected: 9 of drone's 70 excess lie in beehive's projects, under half.
        Tested beehive = tested("beehive", 0, 100, 100);
        Tested drone = tested("drone", 90, 170, 100);
        CoOccurrenceSuppression.Result result = CoOccurrenceSuppression.apply(List.of(beehive, drone), 25);
        assertThat(result.kept()).extracting(Tested::key).containsExactly("beehive", "drone");
        assertThat(result.explained()).isZero();
    }

    @Test
    void aTrendSharingAnAudienceWithAHigherOneIsKept() {
        // stool: projects 0..27; fossil: 20..43, 24 of 1000 vs 0.9 % baseline (expected 9, excess 15). They share
        // 8 projects where 28 x 0.9 % = 0.25 are expected: 7.75 of fossil's 15 excess, about half, as two trends
        // popular in the same kind of school share projects. Under three quarters: fossil is its own trend.
        Tested stool = tested("stool", 0, 28, 100);
        Tested fossil = tested("fossil", 20, 44, 90);
        assertThat(CoOccurrenceSuppression.apply(List.of(stool, fossil), 25).kept())
                .extracting(Tested::key).containsExactly("stool", "fossil");
    }

    @Test
    void onlyAHigherRankedTrendExplainsAndTheLimitCountsKeptTerms() {
        // The order is the ranking: kit comes first here, so it stays, and beehive (40 of its 100 projects are
        // kit's, 120 x 1 % = 1.2 expected: 38.8 < 45 of its 90 excess) stays too. The limit of 2 then stops
        // before drone.
        Tested kit = tested("kit", 60, 180, 1000);
        Tested beehive = tested("beehive", 0, 100, 100);
        Tested drone = tested("drone", 300, 380, 100);
        CoOccurrenceSuppression.Result result = CoOccurrenceSuppression.apply(List.of(kit, beehive, drone), 2);
        assertThat(result.kept()).extracting(Tested::key).containsExactly("kit", "beehive");
    }

    @Test
    void aTermWithoutExcessIsNeverExplained() {
        Tested beehive = tested("beehive", 0, 100, 100);
        Tested flat = tested("markers", 0, 100, 1000); // 100 of 1000 at a 10 % baseline: no excess
        assertThat(CoOccurrenceSuppression.explains(beehive, flat)).isFalse();
    }
}
