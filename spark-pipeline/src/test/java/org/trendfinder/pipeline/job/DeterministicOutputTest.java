package org.trendfinder.pipeline.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.trendfinder.pipeline.analysis.PlotTable;
import org.trendfinder.pipeline.detect.Detection;
import org.trendfinder.pipeline.detect.Trend;
import org.trendfinder.store.CsvTable;
import org.trendfinder.store.RunManifest;

/**
 * The same run writes the same bytes whichever JVM runs it. Map.copyOf and Map.of iterate in an order salted per
 * JVM, so a store written by the local jar and one written by spark-submit differed in df.csv's column order,
 * kwargs.json's key order and the manifest's windows (found by the production ITs, which compare stores
 * written by different JVMs). With 20 keys a salted order equal to the insertion order is vanishingly unlikely.
 */
class DeterministicOutputTest {

    static final List<String> KEYS = keys();

    @Test
    void trendTableColumnsFollowTheDetectorsOrder() {
        Map<String, Object> extra = new LinkedHashMap<>();
        KEYS.forEach(k -> extra.put(k, 1));
        Trend t = new Trend(1, "robot", "robot", "robot", 2.0, 10, 0.1, 0.01, 10.0, extra);

        assertThat(t.extra().keySet()).containsExactlyElementsOf(KEYS);
        List<String> header = RunPublication.trendTable(List.of(t)).header();
        assertThat(header.subList(header.size() - KEYS.size(), header.size())).containsExactlyElementsOf(KEYS);
    }

    @Test
    void plotKwargsKeepTheirOrder() {
        Map<String, Object> kwargs = new LinkedHashMap<>();
        KEYS.forEach(k -> kwargs.put(k, k.length()));
        PlotTable table = new PlotTable(CsvTable.builder(List.of("a")).row(1).build(), kwargs);
        assertThat(table.kwargs().keySet()).containsExactlyElementsOf(KEYS);
    }

    @Test
    void detectionWindowsKeepTheirOrder() {
        Map<String, RunManifest.Window> windows = new LinkedHashMap<>();
        KEYS.forEach(k -> windows.put(k, new RunManifest.Window("2018-01-01", "2018-01-14", k)));
        Detection d = new Detection(LocalDate.of(2018, 1, 14), List.of(), windows, List.of());
        assertThat(d.windows().keySet()).containsExactlyElementsOf(KEYS);
    }

    private static List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            keys.add("figure_" + (char) ('t' - i));
        }
        return List.copyOf(keys);
    }
}
