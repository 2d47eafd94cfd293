package org.trendfinder.pipeline.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DetailPassesTest {

    @Test
    void consecutiveRunsShareAPassWhileTheirEntriesFitTheBudget() {
        List<int[]> passes = DetailPasses.group(new long[] {40, 50, 20, 90, 10, 0}, 100);

        assertThat(passes).containsExactly(new int[] {0, 2}, new int[] {2, 3}, new int[] {3, 6});
    }

    @Test
    void aRunLargerThanTheBudgetHasAPassOfItsOwn() {
        assertThat(DetailPasses.group(new long[] {5, 500, 5}, 100))
                .containsExactly(new int[] {0, 1}, new int[] {1, 2}, new int[] {2, 3});
        assertThat(DetailPasses.group(new long[0], 100)).isEmpty();
    }

    @Test
    void theBudgetIsAShareOfTheDriversHeap() {
        long twoGigabytes = 2L << 30;
        long budget = DetailPasses.budgetFor(twoGigabytes);

        assertThat(budget * DetailPasses.BYTES_PER_ENTRY).isLessThanOrEqualTo((long) (twoGigabytes * DetailPasses.HEAP_SHARE));
        assertThat(DetailPasses.budgetFor(8L << 30)).isBetween(4 * budget, 4 * budget + 4);
        assertThat(DetailPasses.budgetFor(0)).isEqualTo(1);
    }
}
