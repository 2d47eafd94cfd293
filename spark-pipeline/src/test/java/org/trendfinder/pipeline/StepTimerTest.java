package org.trendfinder.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class StepTimerTest {

    @Test
    void stepsAreSummedInFirstRunOrderAndPrefixedWhenMerged() throws IOException {
        StepTimer timer = new StepTimer();
        timer.add("load", 5);
        assertThat(timer.time("detect", () -> 42)).isEqualTo(42);
        timer.add("load", 7);
        timer.addAll("analyses.", Map.of("cache", 3L));

        assertThat(timer.snapshot()).containsKeys("load", "detect", "analyses.cache");
        assertThat(List.copyOf(timer.snapshot().keySet())).containsExactly("load", "detect", "analyses.cache");
        assertThat(timer.snapshot().get("load")).isEqualTo(12);
    }

    @Test
    void aFailingStepIsTimedAndItsExceptionPassesThrough() {
        StepTimer timer = new StepTimer();
        assertThatThrownBy(() -> timer.time("write", () -> {
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");
        assertThat(timer.snapshot()).containsKey("write");
    }
}
