package org.trendfinder.store;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/** What reading one table of the store gave: the data, nothing there, or something unreadable. */
public sealed interface PlotData {

    /** The table and, for charts, its {@code kwargs.json} (empty when absent). */
    record Available(CsvTable table, Optional<JsonNode> kwargs) implements PlotData {
    }

    /** The file does not exist (e.g. a plot an older run did not compute). */
    record Missing(String key) implements PlotData {
    }

    /** The file exists but cannot be read or understood; {@code reason} is fit for a log, not for a user. */
    record Unreadable(String key, String reason) implements PlotData {
    }
}
