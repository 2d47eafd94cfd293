package org.trendfinder.pipeline.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class WindowSegmentsTest {

    @Test
    void overlappingWindowsAreRunsOfDisjointSegments() {
        // A backfill's shape: 14-day windows every 14 days, and 28-day horizons reaching back over two of them.
        List<int[]> windows = List.of(new int[] {15, 28}, new int[] {29, 42}, new int[] {1, 28}, new int[] {15, 42});
        WindowSegments segments = WindowSegments.of(windows);

        assertThat(segments.count()).isEqualTo(3);
        assertThat(segments.segmentOf(1)).isEqualTo(0);
        assertThat(segments.segmentOf(14)).isEqualTo(0);
        assertThat(segments.segmentOf(15)).isEqualTo(1);
        assertThat(segments.segmentOf(42)).isEqualTo(2);
        assertThat(segments.segmentOf(0)).isEqualTo(-1);
        assertThat(segments.segmentOf(43)).isEqualTo(-1);
        assertThat(new int[] {segments.firstOf(3), segments.lastOf(3)}).containsExactly(1, 2);
    }

    @Test
    void daysBetweenWindowsAndEmptyWindowsBelongToNone() {
        WindowSegments segments = WindowSegments.of(List.of(new int[] {10, 12}, new int[] {20, 19}, new int[] {30, 31}));

        assertThat(segments.segmentOf(15)).isEqualTo(-1);
        assertThat(segments.firstOf(1)).isGreaterThan(segments.lastOf(1));
        assertThat(segments.contains(0, segments.segmentOf(11))).isTrue();
        assertThat(segments.contains(2, segments.segmentOf(11))).isFalse();
        assertThat(WindowSegments.of(List.of(new int[] {5, 4})).count()).isZero();
    }

    @Test
    void aDayIsInAWindowExactlyWhenItsSegmentIs() {
        Random random = new Random(3);
        for (int trial = 0; trial < 200; trial++) {
            List<int[]> windows = new ArrayList<>();
            for (int w = 0; w < 1 + random.nextInt(8); w++) {
                int from = random.nextInt(60);
                windows.add(new int[] {from, from + random.nextInt(30) - 3});
            }
            WindowSegments segments = WindowSegments.of(windows);
            for (int day = -2; day < 95; day++) {
                int segment = segments.segmentOf(day);
                for (int w = 0; w < windows.size(); w++) {
                    boolean inWindow = WindowScan.inWindow(day, windows.get(w));
                    assertThat(segment >= 0 && segments.contains(w, segment)).as("day %d, window %d", day, w)
                            .isEqualTo(inWindow);
                }
            }
        }
    }
}
