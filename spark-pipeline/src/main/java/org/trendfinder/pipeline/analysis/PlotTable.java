package org.trendfinder.pipeline.analysis;

import java.util.Map;
import java.util.Objects;

import org.trendfinder.store.CsvTable;

/** One plot's {@code df.csv} and its chart hints ({@code kwargs.json}; empty for tables). */
public record PlotTable(CsvTable data, Map<String, Object> kwargs) {
    public PlotTable {
        Objects.requireNonNull(data, "data");
        kwargs = Map.copyOf(kwargs);
    }
}
