package org.trendfinder.pipeline.analysis;

import java.util.Collections;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Read-only views of the nested maps the aggregations collect. The maps are frozen in place (no copy) so their
 * iteration order stays the one the collecting code produced: a copy into another map could reorder entries.
 */
final class FrozenMaps {

    private FrozenMaps() {
    }

    /** {@code map} read-only, each value first replaced by {@code inner} of it (the next level's freezing). */
    static <K, V> Map<K, V> frozen(Map<K, V> map, UnaryOperator<V> inner) {
        map.replaceAll((k, v) -> inner.apply(v));
        return Collections.unmodifiableMap(map);
    }

    /** {@code map} read-only, values as they are. */
    static <K, V> Map<K, V> frozen(Map<K, V> map) {
        return Collections.unmodifiableMap(map);
    }
}
