package org.trendfinder.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads a trend store: run dates, manifests, trend tables and plots. Stateless and cheap: callers cache.
 * A run exists only once its manifest does; a run date folder without one is an attempt in progress
 * (or a failed one) and is invisible.
 */
public final class TrendStore {

    private final StoreFiles files;

    public TrendStore(StoreFiles files) {
        this.files = files;
    }

    public StoreFiles files() {
        return files;
    }

    /** Folders at the root named like a run date, newest first; only those with a manifest are runs. */
    public List<LocalDate> candidateRunDates() {
        try {
            return files.children("").stream()
                    .map(StoreLayout::parseRunDate)
                    .flatMap(Optional::stream)
                    .sorted(Comparator.reverseOrder())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + files.describe(), e);
        }
    }

    /** The run's manifest; empty when the run is not (yet) published. */
    public Optional<RunManifest> manifest(LocalDate runDate) {
        String key = StoreLayout.manifest(runDate);
        try {
            return files.read(key).map(bytes -> RunManifest.fromJson(key, bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + key + " from " + files.describe(), e);
        }
    }

    /** The run's trend table ({@code df.csv}). */
    public PlotData trends(RunManifest run) {
        String key = StoreLayout.trends(root(run));
        PlotData data = table(key, null);
        if (data instanceof PlotData.Available a) {
            List<String> missing = TrendColumns.REQUIRED.stream().filter(c -> !a.table().hasColumn(c)).toList();
            if (!missing.isEmpty()) {
                return new PlotData.Unreadable(key, key + ": missing columns " + missing);
            }
        }
        return data;
    }

    /** One plot of one trend; the slug must be valid (callers validate user input first). */
    public PlotData plot(RunManifest run, String slug, Plot plot) {
        String root = root(run);
        return table(StoreLayout.plotData(root, slug, plot),
                plot.hasKwargs() ? StoreLayout.plotKwargs(root, slug, plot) : null);
    }

    private static String root(RunManifest run) {
        LocalDate date = StoreLayout.parseRunDate(run.runDate())
                .orElseThrow(() -> new StoreFormatException("manifest has a bad runDate: " + run.runDate()));
        return StoreLayout.runRoot(date, run.attemptId());
    }

    private PlotData table(String key, String kwargsKey) {
        try {
            Optional<byte[]> bytes = files.read(key);
            if (bytes.isEmpty()) {
                return new PlotData.Missing(key);
            }
            CsvTable table = CsvCodec.read(key, bytes.get());
            Optional<JsonNode> kwargs = Optional.empty();
            if (kwargsKey != null) {
                Optional<byte[]> kw = files.read(kwargsKey);
                if (kw.isPresent()) {
                    try {
                        kwargs = Optional.of(RunManifest.json().readTree(kw.get()));
                    } catch (IOException e) {
                        return new PlotData.Unreadable(kwargsKey, kwargsKey + ": not valid JSON: " + e.getMessage());
                    }
                }
            }
            return new PlotData.Available(table, kwargs);
        } catch (StoreFormatException e) {
            return new PlotData.Unreadable(key, e.getMessage());
        } catch (IOException e) {
            return new PlotData.Unreadable(key, key + ": " + e);
        }
    }
}
