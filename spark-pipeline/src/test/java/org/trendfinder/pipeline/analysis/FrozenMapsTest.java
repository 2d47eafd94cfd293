package org.trendfinder.pipeline.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FrozenMapsTest {

    @Test
    void freezesEveryLevelInPlaceKeepingTheIterationOrder() {
        Map<String, Map<String, Long>> outer = new HashMap<>();
        for (int i = 0; i < 40; i++) {
            outer.computeIfAbsent("k" + i % 7, k -> new HashMap<>()).put("v" + i, (long) i);
        }
        List<String> order = List.copyOf(outer.keySet());
        List<String> innerOrder = List.copyOf(outer.get("k3").keySet());

        Map<String, Map<String, Long>> frozen = FrozenMaps.frozen(outer, FrozenMaps::frozen);

        assertThat(frozen.keySet()).containsExactlyElementsOf(order);
        assertThat(frozen.get("k3").keySet()).containsExactlyElementsOf(innerOrder);
        assertThatThrownBy(() -> frozen.put("x", Map.of())).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> frozen.get("k3").put("x", 1L)).isInstanceOf(UnsupportedOperationException.class);
    }
}
