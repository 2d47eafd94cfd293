package org.trendfinder.pipeline.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdSetTest {

    @Test
    void countsDistinctIdsAndTheirOverlap() {
        IdSet a = new IdSet();
        IdSet b = new IdSet();
        for (int i = 0; i < 10_000; i++) {
            a.add("project-" + i);
            a.add("project-" + i);
            if (i % 2 == 0) {
                b.add("project-" + i);
            }
        }
        b.add("elsewhere");
        assertThat(a.size()).isEqualTo(10_000);
        assertThat(b.size()).isEqualTo(5_001);
        assertThat(a.intersectionSize(b)).isEqualTo(5_000);
        IdSet union = new IdSet();
        union.addAll(a);
        union.addAll(b);
        assertThat(union.size()).isEqualTo(10_001);
    }
}
