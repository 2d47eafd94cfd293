package org.trendfinder.pipeline.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trendfinder.pipeline.analysis.AnalysisParams;
import org.trendfinder.pipeline.analysis.AnalysisResult;
import org.trendfinder.pipeline.analysis.PlotTable;
import org.trendfinder.pipeline.analysis.RunPlan;
import org.trendfinder.pipeline.analysis.TrendAnalyses;
import org.trendfinder.pipeline.analysis.TrendRef;
import org.trendfinder.pipeline.detect.CoOccurrence;
import org.trendfinder.pipeline.detect.CoOccurrences;
import org.trendfinder.pipeline.detect.Detection;
import org.trendfinder.pipeline.detect.DetectionParams;
import org.trendfinder.pipeline.detect.Trend;
import org.trendfinder.pipeline.detect.TrendDetector;
import org.trendfinder.pipeline.detect.TrendMembership;
import org.trendfinder.pipeline.input.LoadedProjects;
import org.trendfinder.pipeline.input.ProjectColumns;
import org.trendfinder.pipeline.input.ProjectSource;
import org.trendfinder.pipeline.input.UnavailablePlots;
import org.trendfinder.pipeline.store.HadoopStoreFiles;
import org.trendfinder.store.CsvTable;
import org.trendfinder.store.Plot;
import org.trendfinder.store.RunManifest;
import org.trendfinder.store.RunPublisher;
import org.trendfinder.store.StoreFiles;
import org.trendfinder.store.TrendColumns;

/**
 * The whole job: read the project history once, detect trends for every run date from one scan, compute
 * every plot for all trends in shared passes, and publish each run date (files first, manifest last).
 * A run date is published whole or not at all; an earlier run of the same date stays visible until then.
 */
public final class TrendFinderJob {

    private static final Logger LOG = LoggerFactory.getLogger(TrendFinderJob.class);

    /**
     * @param input        raw DonorsChoose CSV folder or an ingested Parquet dataset
     * @param output       the store root (local path, file://, s3a://, s3://)
     * @param runDates     the run dates, ascending
     * @param detection    detection parameters
     * @param analysis     analysis parameters
     * @param withAnalyses false computes only the trend tables (benchmarks measure the analyses' cost)
     * @param writeThreads parallel small-file writes (object stores have latency, not bandwidth limits)
     */
    public record Options(String input, String output, List<LocalDate> runDates, DetectionParams detection,
                          AnalysisParams analysis, boolean withAnalyses, int writeThreads) {
        public Options {
            if (runDates.isEmpty()) {
                throw new IllegalArgumentException("no run date given");
            }
            runDates = List.copyOf(new java.util.TreeSet<>(runDates));
        }
    }

    /** What the job published (manifests and trend tables), and how long each step took. */
    public record Result(List<RunManifest> published, Map<LocalDate, CsvTable> trendTables,
                         Map<String, Long> timingsMillis) {
    }

    private final SparkSession spark;
    private final Options options;
    private final Map<String, Long> timings = new LinkedHashMap<>();

    public TrendFinderJob(SparkSession spark, Options options) {
        this.spark = spark;
        this.options = options;
    }

    public Result run() throws IOException {
        StoreFiles files = HadoopStoreFiles.forUri(options.output(), spark.sparkContext().hadoopConfiguration());
        RunPublisher publisher = new RunPublisher(files);
        LocalDate lastRunDate = options.runDates().get(options.runDates().size() - 1);

        LoadedProjects loaded = timed("load", () -> ProjectSource.load(spark, options.input(), textsRead()));
        Dataset<Row> upToLastRun = loaded.projects()
                .filter(col(ProjectColumns.POSTED_DATE).leq(lit(java.sql.Date.valueOf(lastRunDate))));
        if (List.of(upToLastRun.columns()).contains(ProjectColumns.POSTED_YEAR)) {
            // lets Parquet skip the partitions of later years without opening them
            upToLastRun = upToLastRun.filter(col(ProjectColumns.POSTED_YEAR).leq(lit(lastRunDate.getYear())));
        }
        // Each step reads only its own columns and dates from Parquet (pruned, partition-filtered scans), which
        // is cheaper than caching every essay. Raw CSV input is joined in memory, so cache that once instead.
        Dataset<Row> projects = LoadedProjects.PARQUET.equals(loaded.format()) ? upToLastRun
                : upToLastRun.persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Map<LocalDate, Long> projectsUsed = timed("count", () -> countUpTo(projects, options.runDates()));
            Map<LocalDate, Detection> detections = timed("detect",
                    () -> new TrendDetector(options.detection()).detect(projects, options.runDates()));
            List<Trend> allTrends = distinctBySlug(detections.values());
            LOG.info("detected {} distinct trends over {} run dates", allTrends.size(), detections.size());

            Map<LocalDate, Map<String, Map<Plot, PlotTable>>> plots = Map.of();
            Map<LocalDate, Map<String, List<CoOccurrence>>> coOccurrences = new TreeMap<>();
            List<String> analysisNotes = List.of();
            if (options.withAnalyses() && !allTrends.isEmpty()) {
                Dataset<Row> membership = timed("membership", () -> TrendMembership
                        .of(projects, allTrends, options.detection()).persist(StorageLevel.MEMORY_AND_DISK()));
                try {
                    for (LocalDate date : options.runDates()) {
                        Detection d = detections.get(date);
                        // what trends with the term now: the current window's projects
                        coOccurrences.put(date, timed("co_occurrences", () -> CoOccurrences.of(
                                postedWithin(projects, date, options.detection().windowDays()), membership,
                                d.trends(), options.detection(), 20)));
                    }
                    AnalysisResult analyses = timed("analyses", () -> new TrendAnalyses(options.analysis())
                            .run(projects, membership, runPlans(detections)));
                    plots = UnavailablePlots.without(analyses.plots(), loaded.unavailablePlots());
                    analysisNotes = analyses.notes();
                    analyses.timingsMillis().forEach((step, ms) -> timings.merge("analyses." + step, ms, Long::sum));
                } finally {
                    membership.unpersist();
                }
            }

            List<RunManifest> published = new ArrayList<>();
            Map<LocalDate, CsvTable> trendTables = new TreeMap<>();
            for (LocalDate date : options.runDates()) {
                Detection d = detections.get(date);
                RunPublisher.Attempt attempt = publisher.begin(date);
                try {
                    long started = System.nanoTime();
                    CsvTable trends = trendTable(d.trends());
                    trendTables.put(date, trends);
                    writeRun(attempt, trends, plots.getOrDefault(date, Map.of()), coOccurrences.getOrDefault(date,
                            Map.of()));
                    timings.merge("write", millisSince(started), Long::sum);
                    List<String> notes = new ArrayList<>(d.notes());
                    notes.addAll(analysisNotes);
                    published.add(attempt.publish(manifest(date, d, loaded, projectsUsed.get(date), notes)));
                    LOG.info("published {} ({} trends) to {}", date, d.trends().size(), files.describe());
                } catch (IOException | RuntimeException e) {
                    abandonQuietly(attempt, e);
                    throw e;
                }
            }
            return new Result(published, trendTables, Collections.unmodifiableMap(new LinkedHashMap<>(timings)));
        } finally {
            projects.unpersist();
        }
    }

    private static Dataset<Row> postedWithin(Dataset<Row> projects, LocalDate runDate, int days) {
        LocalDate from = runDate.minusDays(days - 1L);
        return projects.filter(col(ProjectColumns.POSTED_DATE).between(java.sql.Date.valueOf(from),
                java.sql.Date.valueOf(runDate)));
    }

    private static Map<LocalDate, Long> countUpTo(Dataset<Row> projects, List<LocalDate> runDates) {
        // one small aggregate (projects per day) instead of one count per run date
        Map<LocalDate, Long> perDay = new TreeMap<>();
        for (Row r : projects.groupBy(col(ProjectColumns.POSTED_DATE)).count().collectAsList()) {
            perDay.put(r.getDate(0).toLocalDate(), r.getLong(1));
        }
        Map<LocalDate, Long> upTo = new TreeMap<>();
        for (LocalDate date : runDates) {
            upTo.put(date, perDay.entrySet().stream().filter(e -> !e.getKey().isAfter(date))
                    .mapToLong(Map.Entry::getValue).sum());
        }
        return upTo;
    }

    private static List<Trend> distinctBySlug(Collection<Detection> detections) {
        Map<String, Trend> bySlug = new LinkedHashMap<>();
        detections.forEach(d -> d.trends().forEach(t -> bySlug.putIfAbsent(t.slug(), t)));
        return List.copyOf(bySlug.values());
    }

    private List<RunPlan> runPlans(Map<LocalDate, Detection> detections) {
        return detections.values().stream()
                .map(d -> RunPlan.of(d.runDate(), options.detection().windowDays(),
                        d.trends().stream().map(t -> new TrendRef(t.slug(), t.term())).toList()))
                .toList();
    }

    private void writeRun(RunPublisher.Attempt attempt, CsvTable trends,
                          Map<String, Map<Plot, PlotTable>> plots, Map<String, List<CoOccurrence>> coOccurrences)
            throws IOException {
        attempt.writeTrends(trends);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, options.writeThreads()));
        try {
            List<Future<?>> writes = new ArrayList<>();
            plots.forEach((slug, bySlug) -> bySlug.forEach((plot, table) -> writes.add(pool.submit(() -> {
                attempt.writePlot(slug, plot, table.data(), table.kwargs());
                return null;
            }))));
            coOccurrences.forEach((slug, terms) -> writes.add(pool.submit(() -> {
                CsvTable.Builder t = CsvTable.builder(Plot.CO_OCCURRENCES.columns());
                terms.forEach(c -> t.row(c.term(), c.projects(), c.termProjects(), c.trendProjects(),
                        c.windowProjects(), c.lift(), c.logLikelihood()));
                attempt.writePlot(slug, Plot.CO_OCCURRENCES, t.build(), null);
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

    /** The run's df.csv: the required columns, then every extra statistic the detector reported. */
    static CsvTable trendTable(List<Trend> trends) {
        Set<String> extra = new LinkedHashSet<>();
        trends.forEach(t -> extra.addAll(t.extra().keySet()));
        extra.removeAll(TrendColumns.REQUIRED);
        List<String> header = new ArrayList<>(TrendColumns.REQUIRED);
        header.addAll(extra);
        CsvTable.Builder table = CsvTable.builder(header);
        for (Trend t : trends) {
            List<Object> row = new ArrayList<>(List.of(t.rank(), t.term(), t.slug(), t.score(), t.currentProjects(),
                    t.currentShare(), t.baselineShare(), t.lift()));
            extra.forEach(k -> row.add(t.extra().get(k)));
            table.row(row);
        }
        return table.build();
    }

    private RunManifest manifest(LocalDate date, Detection d, LoadedProjects loaded, Long used, List<String> notes) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("detection", options.detection().asMap());
        if (options.withAnalyses()) {
            parameters.put("analysis", options.analysis().asMap());
        }
        Map<String, RunManifest.Window> windows = new LinkedHashMap<>(d.windows());
        if (options.withAnalyses()) {
            AnalysisResult.Period recent = options.analysis().recentPeriod(date);
            windows.put("recent", new RunManifest.Window(recent.start().toString(), recent.end().toString(),
                    "period of the by_* breakdowns and examples"));
        }
        RunManifest.Input input = new RunManifest.Input(loaded.source(), loaded.format(),
                loaded.report().rowsRead(), loaded.report().rowsRejected(), loaded.report().samples(),
                used == null ? 0 : used);
        return new RunManifest(RunManifest.SCHEMA_VERSION, date.toString(), null, Instant.now().toString(),
                Versions.pipeline(), options.detection().mode().name().toLowerCase(), parameters, windows, input,
                d.trends().size(), List.of(), Collections.unmodifiableMap(new LinkedHashMap<>(timings)),
                withUnavailableInput(notes, loaded));
    }

    /** The text columns this run reads: the detection fields, and titles for the analyses' examples. */
    private Set<String> textsRead() {
        Set<String> texts = new HashSet<>(List.of(ProjectColumns.TITLE));
        options.detection().fields().forEach(f -> texts.add(f.column()));
        return texts;
    }

    /** The run's notes, then one per column the input variant does not carry (none for the 2018 files). */
    private static List<String> withUnavailableInput(List<String> notes, LoadedProjects loaded) {
        if (loaded.unavailable().isEmpty()) {
            return notes;
        }
        List<String> all = new ArrayList<>(notes == null ? List.of() : notes);
        loaded.unavailable().forEach(n -> all.add("input: " + n));
        new java.util.TreeSet<>(loaded.unavailablePlots()).forEach(p -> all.add("input: plot " + p.name().toLowerCase(java.util.Locale.ROOT)
                + " left out: the input variant lacks its data"));
        return all;
    }

    private <T> T timed(String step, Supplier<T> work) {
        long started = System.nanoTime();
        try {
            return work.get();
        } finally {
            timings.merge(step, millisSince(started), Long::sum);
        }
    }

    private static long millisSince(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    private static void abandonQuietly(RunPublisher.Attempt attempt, Exception cause) {
        try {
            attempt.abandon();
        } catch (IOException | UncheckedIOException e) {
            cause.addSuppressed(e);
        }
    }
}
