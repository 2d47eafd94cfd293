package org.trendfinder.pipeline.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.trendfinder.pipeline.StepTimer;
import org.trendfinder.pipeline.analysis.AnalysisParams;
import org.trendfinder.pipeline.analysis.AnalysisResult;
import org.trendfinder.pipeline.analysis.PlotTable;
import org.trendfinder.pipeline.detect.CoOccurrence;
import org.trendfinder.pipeline.detect.Detection;
import org.trendfinder.pipeline.detect.DetectionParams;
import org.trendfinder.pipeline.detect.Trend;
import org.trendfinder.pipeline.input.LoadedProjects;
import org.trendfinder.store.CsvTable;
import org.trendfinder.store.Plot;
import org.trendfinder.store.RunManifest;
import org.trendfinder.store.RunPublisher;
import org.trendfinder.store.TrendRecord;
import org.trendfinder.store.TrendTable;

/**
 * Publishes one run date: the trend table, every plot and co-occurrence table (written in parallel: object stores
 * have latency, not bandwidth limits), then the manifest, which makes the attempt the published one. A failure
 * abandons the attempt, so a run date is published whole or not at all.
 */
final class RunPublication {

    /** What a run date publishes besides its detection. */
    record Contents(Map<String, Map<Plot, PlotTable>> plots, Map<String, List<CoOccurrence>> coOccurrences,
                    List<String> analysisNotes, long projectsUsed) {
    }

    private final RunPublisher publisher;
    private final LoadedProjects loaded;
    private final DetectionParams detection;
    private final AnalysisParams analysis;
    private final boolean withAnalyses;
    private final int writeThreads;
    private final StepTimer timer;

    RunPublication(RunPublisher publisher, LoadedProjects loaded, TrendFinderJob.Options options, StepTimer timer) {
        this.publisher = publisher;
        this.loaded = loaded;
        this.detection = options.detection();
        this.analysis = options.analysis();
        this.withAnalyses = options.withAnalyses();
        this.writeThreads = options.writeThreads();
        this.timer = timer;
    }

    /** Writes and publishes the run date; returns its manifest. */
    RunManifest publish(Detection d, CsvTable trends, Contents contents) throws IOException {
        RunPublisher.Attempt attempt = publisher.begin(d.runDate());
        try {
            timer.time("write", () -> {
                write(attempt, trends, contents);
                return null;
            });
            List<String> notes = new ArrayList<>(d.notes());
            notes.addAll(contents.analysisNotes());
            return attempt.publish(manifest(d, contents.projectsUsed(), notes));
        } catch (IOException | RuntimeException e) {
            try {
                attempt.abandon();
            } catch (IOException | UncheckedIOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** The run's df.csv: the required columns, then every extra statistic the detector reported. */
    static CsvTable trendTable(List<Trend> trends) {
        return TrendTable.write(trends.stream().map(t -> TrendRecord.of(t.rank(), t.term(), t.slug(), t.score(),
                t.currentProjects(), t.currentShare(), t.baselineShare(), t.lift(), t.extra())).toList());
    }

    private void write(RunPublisher.Attempt attempt, CsvTable trends, Contents contents) throws IOException {
        attempt.writeTrends(trends);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, writeThreads));
        try {
            List<Future<?>> writes = new ArrayList<>();
            contents.plots().forEach((slug, bySlug) -> bySlug.forEach((plot, table) -> writes.add(pool.submit(() -> {
                attempt.writePlot(slug, plot, table.data(), table.kwargs());
                return null;
            }))));
            contents.coOccurrences().forEach((slug, terms) -> writes.add(pool.submit(() -> {
                attempt.writePlot(slug, Plot.CO_OCCURRENCES, coOccurrenceTable(terms), null);
                return null;
            })));
            for (Future<?> w : writes) {
                w.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing " + attempt.runDate(), e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException(cause);
        } finally {
            pool.shutdownNow();
        }
    }

    private static CsvTable coOccurrenceTable(List<CoOccurrence> terms) {
        CsvTable.Builder t = CsvTable.builder(Plot.CO_OCCURRENCES.columns());
        terms.forEach(c -> t.row(c.term(), c.projects(), c.termProjects(), c.trendProjects(), c.windowProjects(),
                c.lift(), c.logLikelihood()));
        return t.build();
    }

    private RunManifest manifest(Detection d, long used, List<String> notes) {
        LocalDate date = d.runDate();
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("detection", detection.asMap());
        if (withAnalyses) {
            parameters.put("analysis", analysis.asMap());
        }
        Map<String, RunManifest.Window> windows = new LinkedHashMap<>(d.windows());
        if (withAnalyses) {
            AnalysisResult.Period recent = analysis.recentPeriod(date);
            windows.put("recent", new RunManifest.Window(recent.start().toString(), recent.end().toString(),
                    "period of the by_* breakdowns and examples"));
        }
        RunManifest.Input input = new RunManifest.Input(loaded.source(), loaded.format(),
                loaded.report().rowsRead(), loaded.report().rowsRejected(), loaded.report().samples(), used);
        return new RunManifest(RunManifest.SCHEMA_VERSION, date.toString(), null, Instant.now().toString(),
                Versions.pipeline(), detection.mode().name().toLowerCase(Locale.ROOT), parameters, windows, input,
                d.trends().size(), List.of(), timer.snapshot(), withUnavailableInput(notes));
    }

    /** The run's notes, then one per column the input variant does not carry (none for the 2018 files). */
    private List<String> withUnavailableInput(List<String> notes) {
        if (loaded.unavailable().isEmpty()) {
            return notes;
        }
        List<String> all = new ArrayList<>(notes);
        loaded.unavailable().forEach(n -> all.add("input: " + n));
        new TreeSet<>(loaded.unavailablePlots()).forEach(p -> all.add("input: plot "
                + p.name().toLowerCase(Locale.ROOT) + " left out: the input variant lacks its data"));
        return all;
    }
}
