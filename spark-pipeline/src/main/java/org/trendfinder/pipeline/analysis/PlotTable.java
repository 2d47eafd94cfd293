package org.trendfinder.pipeline.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.trendfinder.store.CsvTable;

/**
 * One plot's {@code df.csv} and its chart hints ({@code kwargs.json}; empty for tables), written in the order given:
 * the same run writes the same bytes in any JVM (Map.copyOf's iteration order changes from JVM to JVM).
 */
public record PlotTable(CsvTable data, Map<String, Object> kwargs) {
    public PlotTable {
        Objects.requireNonNull(data, "data");
        kwargs = Collections.unmodifiableMap(new LinkedHashMap<>(kwargs));
    }
}
